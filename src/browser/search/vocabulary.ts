import { indexKey, stemKey, type Stemmer } from './words.ts';

/**
 * The words of a language's index, as the build writes them: one list per first character
 * (`/pagefind/en/words/n.json`), so a query loads only the lists of its own words. This is what
 * keeps search honest: a query word that no page has is reported as missing instead of being
 * matched on a shorter word that merely starts like it (Pagefind's fallback for unknown words), and a
 * misspelled word is corrected only into a word that really is on the site.
 */

/** One list as the build writes it. */
export interface VocabularyFile {
  /** Index keys that start with this character, most frequent first, separated by spaces. */
  words: string;
  /** Their stems, sorted, without repeats, separated by spaces. */
  stems: string;
}

/** One list, ready for look-ups. */
export interface VocabularyChunk {
  /** Most frequent first. */
  byFrequency: readonly string[];
  /** Sorted, for prefix look-ups. */
  sorted: readonly string[];
  /** Sorted stems. */
  stems: readonly string[];
  known: ReadonlySet<string>;
}

/** Prepares a list for look-ups. */
export function parseVocabulary(file: VocabularyFile): VocabularyChunk {
  const byFrequency = file.words.split(' ').filter(Boolean);
  return {
    byFrequency,
    sorted: [...byFrequency].sort(),
    stems: file.stems.split(' ').filter(Boolean),
    known: new Set(byFrequency),
  };
}

/** How a word is found on the site, if it is. */
export type Presence = 'word' | 'start' | 'stem';

/**
 * Whether the index has `word`: as a word; by its stem ("deporting" finds "deported"); or as the
 * start of a longer word (a reader still typing "immig"), which Pagefind matches too. A word that
 * only starts with a shorter indexed word ("asylum" and "as") is not found.
 */
export function presence(word: string, chunk: VocabularyChunk | undefined, stem: Stemmer): Presence | undefined {
  const key = indexKey(word);
  if (!chunk || key === '') return undefined;
  if (chunk.known.has(key)) return 'word';
  const stemmed = stemKey(word, stem);
  if (stemmed.length >= 3 && firstFrom(chunk.stems, stemmed) === stemmed) return 'stem';
  if (firstFrom(chunk.sorted, key)?.startsWith(key) || firstFrom(chunk.stems, stemmed)?.startsWith(stemmed))
    return 'start';
  return undefined;
}

/** The first string of `sorted` that is not before `prefix`: the one to compare with it. */
function firstFrom(sorted: readonly string[], prefix: string): string | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/** Shortest word that is corrected at all, and the shortest that may be two slips away. */
const ONE_SLIP = 5;
const TWO_SLIPS = 8;

/**
 * The site's word that a misspelled `typed` word was meant to be, or undefined. A correction is
 * offered only where a slip is the likely story: the word is not on the site at all, has at least
 * five letters (one slip; eight letters for two), is not typed in capitals (an acronym such as "DACA"
 * is meant as typed, not a slip for "data"), and the correction starts with the same letter (it is in
 * the same list) and is not a stop word. Among the closest, the one that keeps more of the word's
 * first letters wins ("lawer" is "lawyer", not "later"), then the most frequent.
 */
export function correction(
  typed: string,
  chunk: VocabularyChunk | undefined,
  stopWords: ReadonlySet<string> = new Set(),
): string | undefined {
  const word = indexKey(typed);
  if (!chunk || word.length < ONE_SLIP || !/^\p{L}+$/u.test(word)) return undefined;
  if (/^\p{Lu}{2,}$/u.test(typed.replace(/[^\p{L}]/gu, ''))) return undefined;
  const allowed = word.length >= TWO_SLIPS ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let bestPrefix = -1;
  for (const candidate of chunk.byFrequency) {
    if (candidate.length < 4 || stopWords.has(candidate) || !/^\p{L}+$/u.test(candidate)) continue;
    if (Math.abs(candidate.length - word.length) > Math.min(allowed, bestDistance)) continue;
    const d = editDistance(word, candidate, Math.min(allowed, bestDistance));
    if (d > allowed) continue;
    const prefix = commonPrefix(word, candidate);
    if (d < bestDistance || (d === bestDistance && prefix > bestPrefix)) {
      best = candidate;
      bestDistance = d;
      bestPrefix = prefix;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps of neighbours), or `max + 1` as soon as
 * it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}
