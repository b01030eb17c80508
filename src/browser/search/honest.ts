import { indexKey, stemKey, textKeys, type Stemmer } from './words.ts';
import { editDistance } from './vocabulary.ts';
import type { TopicLink, UncoveredTopic } from './search-data.ts';

/**
 * What keeps the search from misleading: a check that the words Pagefind marked in a result are the
 * reader's words, the "this site doesn't cover" answer, and the closest real topics when nothing matches.
 */

/** Whether `marked` (a word Pagefind marked) is `term` or a form of it: "taxes" for "tax", "deported" for "deport". */
export function sameWordFamily(marked: string, term: string, stem: Stemmer): boolean {
  const t = indexKey(term);
  if (t === '') return false;
  const keys = textKeys(marked);
  if (keys.some((k) => k.startsWith(t))) return true;
  const s = stemKey(term, stem);
  return s.length >= 3 && keys.some((k) => stemKey(k, stem).startsWith(s));
}

/**
 * Whether an excerpt really matches: true when it marks nothing (the match was in the section's
 * heading or reader questions) or when at least one marked word belongs to a searched term. Pagefind
 * marks a shorter word when a term is not in the index at all ("as" for "asylum"); such a result is
 * dropped. The engine has already left out terms the index does not have, so this is a second line.
 */
export function excerptMatches(excerpt: string, terms: readonly string[], stem: Stemmer): boolean {
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
  if (marks.length === 0) return true;
  return marks.some((mark) => terms.some((term) => sameWordFamily(mark, term, stem)));
}

/** The stems of a text's words, for comparing phrases whatever their endings ("stimulus checks" ~ "stimulus check"). */
function stems(text: string, stem: Stemmer): string[] {
  return textKeys(text).map((k) => stemKey(k, stem));
}

/** The uncovered subject that `query` names (one of its forms, as whole words in a row), if any. */
export function findUncovered(
  query: string,
  uncovered: readonly UncoveredTopic[],
  stem: Stemmer,
): UncoveredTopic | undefined {
  const q = stems(query, stem);
  return uncovered.find((topic) =>
    topic.forms.some((form) => {
      const f = stems(form, stem);
      return f.length > 0 && q.some((_, i) => f.every((k, j) => q[i + j] === k));
    }),
  );
}

/**
 * The topics closest to what the reader typed, when nothing matches: glossary terms and articles
 * whose names share a word with the query, or nearly (one slip in a word of five letters or more);
 * else the first articles. At most `limit`.
 */
export function closestTopics(
  query: string,
  topics: readonly TopicLink[],
  stem: Stemmer,
  stopWords: ReadonlySet<string>,
  limit = 5,
): TopicLink[] {
  const words = textKeys(query).filter((k) => !stopWords.has(k));
  const near = (a: string, b: string) =>
    a === b ||
    stemKey(a, stem) === stemKey(b, stem) ||
    (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1);
  const scored = topics
    .map((topic, order) => {
      const label = textKeys(topic.label).filter((k) => !stopWords.has(k));
      return { topic, order, score: words.filter((w) => label.some((l) => near(w, l))).length };
    })
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((t) => t.topic);
  if (scored.length > 0) return scored.slice(0, limit);
  return topics.filter((t) => t.kind === 'article').slice(0, limit);
}
