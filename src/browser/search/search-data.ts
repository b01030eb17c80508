import type { QueryVocabulary } from './query-plan.ts';

/** A place a reader can be pointed to when nothing matches: an article, a glossary term or a section. */
export interface TopicLink {
  /** Its name. */
  label: string;
  /** Its link. */
  url: string;
  /** What it is. */
  kind: 'article' | 'term' | 'section';
}

/** A subject the site does not cover, as the search page receives it. */
export interface UncoveredTopic {
  /** The subject as the answer names it: "asylum". */
  topic: string;
  /** The words that name it in a query. */
  forms: string[];
  /** The closest sections of this site. */
  see: TopicLink[];
}

/** What the search page fetches beside a language's Pagefind bundle; the build writes it. */
export interface SearchData extends QueryVocabulary {
  /** The language of the index, e.g. "en". */
  lang: string;
  /** The language's name in itself, to label results from it ("Español"). */
  label: string;
  /** Where the language's Pagefind bundle is, e.g. "/pagefind/en/". */
  bundle: string;
  /** The folder of the index's word lists, e.g. "/pagefind/en/words/"; see vocabulary.ts. */
  vocabulary: string;
  /** The word lists that exist there, by key ("a", "b", …, "0", "_"). */
  lists: string[];
  /** Stop words of the other languages that this one does not have ("mis", "los"): a query with one is not corrected. */
  foreignStopWords: string[];
  /** Subjects the site does not cover. */
  uncovered: UncoveredTopic[];
  /** Glossary terms and the first articles: the topics offered when nothing matches. */
  topics: TopicLink[];
  /** The other languages with an index, searched when this one finds nothing: their files. */
  others: { lang: string; data: string; bundle: string }[];
}
