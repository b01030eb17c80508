/**
 * Corrects a misspelled query word against the words of the index ("imigration" → "immigration").
 * Pure: the vocabulary is the list the build writes beside each index (most frequent first).
 */

/** Words shorter than this are left alone: too many real words lie one letter apart. */
const MIN_LENGTH = 4;

/** The vocabulary, ready for look-ups. */
export interface Vocabulary {
  /** Every word, most frequent first (ties keep the build's order). */
  words: readonly string[];
  known: ReadonlySet<string>;
}

/** Prepares a vocabulary list for `correctWord`. */
export function vocabulary(words: readonly string[]): Vocabulary {
  return { words, known: new Set(words) };
}

/**
 * The vocabulary word `word` was probably meant to be, or undefined when it is fine as it is: known,
 * too short, not a plain word, or the start of a known word (the reader is still typing). Allows one
 * slip (a letter missing, added, changed or two swapped), two in words of eight letters or more. Among
 * the closest words, the one that keeps more of the word's first letters wins ("lawer" is "lawyer",
 * not "later": readers slip less at the start of a word), then the most frequent.
 */
export function correctWord(word: string, vocab: Vocabulary): string | undefined {
  if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word) || vocab.known.has(word)) return undefined;
  if (vocab.words.some((w) => w.startsWith(word))) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let bestPrefix = -1;
  for (const candidate of vocab.words) {
    if (Math.abs(candidate.length - word.length) > Math.min(allowed, bestDistance)) continue;
    const d = editDistance(word, candidate, Math.min(allowed, bestDistance));
    const prefix = commonPrefix(word, candidate);
    if (d < bestDistance || (d === bestDistance && d <= allowed && prefix > bestPrefix)) {
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
