import { getCollection } from 'astro:content';
import { languages, isLang, type Lang } from '../site.ts';
import { articlePath, homePath, searchPath, updatesPath } from '../paths.ts';
import { slugOf } from './articles.ts';

/** A version of a page in another language. */
export interface Translation {
  lang: Lang;
  path: string;
}

/**
 * The other-language versions of the page at `path` that the build publishes: an article's twins
 * (same `translationKey`), and for the home, search and updates pages the same page of every other
 * language that has a published article (those pages are built once it does). Reference pages have
 * none until they are built in more than one language.
 */
export async function translationsOf(lang: Lang, path: string): Promise<Translation[]> {
  const articles = await getCollection('articles', (a) => !a.data.draft);
  const self = articles.find((a) => a.data.lang === lang && articlePath(lang, slugOf(a)) === path);
  if (self) {
    return articles
      .filter((a) => a.data.translationKey === self.data.translationKey && a.data.lang !== lang)
      .map((a) => ({ lang: a.data.lang, path: articlePath(a.data.lang, slugOf(a)) }));
  }
  const sitePage = [homePath, searchPath, updatesPath].find((pathOf) => pathOf(lang) === path);
  if (!sitePage) return [];
  const published = new Set(articles.map((a) => a.data.lang));
  return Object.keys(languages)
    .filter((other): other is Lang => isLang(other) && other !== lang && published.has(other))
    .map((other) => ({ lang: other, path: sitePage(other) }));
}
