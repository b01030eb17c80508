import { getCollection } from 'astro:content';
import { defaultLang, langCodes, languages, type Lang } from '../site.ts';

/** The value of a `[...lang]` route parameter: none for the default language ("/timeline/"), "es" for "/es/timeline/". */
export function langParam(lang: Lang): string | undefined {
  return lang === defaultLang ? undefined : languages[lang].pathPrefix.slice(1);
}

/** `getStaticPaths()` entries for a `[...lang]` page built in `langs`. */
export function langPaths(langs: readonly Lang[]) {
  return langs.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** Languages that have at least one published article: the site exists in them (home, search, sources, 404). */
export async function publishedLangs(): Promise<Lang[]> {
  const articles = await getCollection('articles', (a) => !a.data.draft);
  return langCodes.filter((lang) => articles.some((a) => a.data.lang === lang));
}

/** Languages a data collection has entries in (each entry's `lang`). */
export async function langsOf(collection: 'statute' | 'timeline' | 'glossary' | 'pages'): Promise<Lang[]> {
  const entries = await getCollection(collection);
  const present = new Set(entries.map((e) => ('lang' in e.data ? e.data.lang : undefined)));
  return langCodes.filter((lang) => present.has(lang));
}
