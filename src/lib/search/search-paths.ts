import type { Lang } from '../../site.ts';
import { homePath } from '../paths.ts';

/** URLs of the search: its page, and the files the build writes for each language. */

/** The search page: "/search/" in English, "/es/search/" in Spanish. */
export function searchPath(lang: Lang): string {
  return `${homePath(lang)}search/`;
}

/** The Pagefind bundle of one language's index: "/pagefind/en/". */
export function searchBundlePath(lang: string): string {
  return `/pagefind/${lang}/`;
}

/** The list of a language's indexed words (for spelling), beside its bundle. */
export function searchWordsPath(lang: string): string {
  return `${searchBundlePath(lang)}search-words.json`;
}

/** The file with a language's aliases, stop words and citation targets, beside its bundle. */
export function searchDataPath(lang: string): string {
  return `${searchBundlePath(lang)}search-data.json`;
}
