import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../site.ts';
import { absoluteUrl, articlePath, articleRouteParam } from '../../paths.ts';
import { slugOf, type Article } from '../../render/articles.ts';
import { cslJson } from '../../render/citation.ts';

/** /<article>/cite.json: the article's citation as CSL-JSON, for reference managers. */
export async function getStaticPaths() {
  const articles = await getCollection('articles', (a) => !a.data.draft);
  return articles.map((article) => ({
    params: { path: articleRouteParam(article.data.lang, slugOf(article)) },
    props: { article },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { article } = props as { article: Article };
  const { lang, title, updated } = article.data;
  const url = absoluteUrl(site.url, articlePath(lang, slugOf(article)));
  const data = cslJson({ lang, title, siteName: site.name[lang], url, updated }, url);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
