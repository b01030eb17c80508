import type { QueryVocabulary } from './query-plan.ts';

/** What the search page fetches beside a language's Pagefind bundle; the build writes it. */
export interface SearchData extends QueryVocabulary {
  /** The language of the index, e.g. "en". */
  lang: string;
  /** The language's name in itself, to label results from it ("Español"). */
  label: string;
  /** Where the language's Pagefind bundle is, e.g. "/pagefind/en/". */
  bundle: string;
  /** The list of the index's words, for correcting misspellings; fetched only when a query needs it. */
  words: string;
  /** The other languages with an index, searched when this one finds nothing: their files. */
  others: { lang: string; data: string; bundle: string }[];
}
