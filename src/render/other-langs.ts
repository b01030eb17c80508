import { getCollection } from 'astro:content';
import { defaultLang, isLang, languages, type Lang } from '../site.ts';

/**
 * Route parameters for the pages that every language other than the default gets under its prefix
 * (/es/updates/, /es/updates/feed.xml) once it has a published article: `{ params: { lang: 'es' }, props: { lang } }`.
 */
export async function otherLangPaths() {
  const articles = await getCollection('articles', (a) => !a.data.draft);
  return Object.keys(languages)
    .filter((lang): lang is Lang => isLang(lang) && lang !== defaultLang && articles.some((a) => a.data.lang === lang))
    .map((lang) => ({ params: { lang: languages[lang].pathPrefix.slice(1) }, props: { lang } }));
}
