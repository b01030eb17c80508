import { getCollection } from 'astro:content';
import { langCodes, type Lang } from '../site.ts';
import { articlePath } from '../paths.ts';
import { slugOf, type Article } from './articles.ts';

/** A page in one language: the other-language versions of a page link each other through these. */
export interface Alternate {
  lang: Lang;
  path: string;
}

/**
 * Every language version of a page that exists in all languages under the same address scheme (home,
 * search, the reference pages): `pathIn(lang)` for each language the page is built in.
 */
export function alternatesOf(langs: readonly Lang[], pathIn: (lang: Lang) => string): Alternate[] {
  return langs.map((lang) => ({ lang, path: pathIn(lang) }));
}

/** An article and its translations: every published article with the same translation key. */
export async function articleAlternates(article: Article): Promise<Alternate[]> {
  const twins = await getCollection(
    'articles',
    (a) => !a.data.draft && a.data.translationKey === article.data.translationKey,
  );
  return langCodes.flatMap((lang) => {
    const twin = twins.find((a) => a.data.lang === lang);
    return twin ? [{ lang, path: articlePath(lang, slugOf(twin)) }] : [];
  });
}

/** The article in `lang` with the same translation key, if it is published. */
export async function twinOf(article: Article, lang: Lang): Promise<Article | undefined> {
  const [twin] = await getCollection(
    'articles',
    (a) => !a.data.draft && a.data.lang === lang && a.data.translationKey === article.data.translationKey,
  );
  return twin;
}
