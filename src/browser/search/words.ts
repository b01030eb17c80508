/**
 * How words are compared, the same way at build (for the word lists) and in the browser (for queries).
 * Pure; the stemmers are loaded per language, so a page loads only its own.
 */

/** Punctuation that Pagefind drops inside a word, so "W-7" is indexed as "w7" and "6103(i)(2)" as "6103i2". */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A word as the index holds it: lower case, without accents or punctuation ("W-7" → "w7", "Nixon’s" → "nixons"). */
export function indexKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(DROPPED, '');
}

/**
 * The index keys of a text, in order. Like Pagefind, a hyphenated word counts whole and by its parts
 * ("data-sharing" → "datasharing", "data", "sharing").
 */
export function textKeys(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    const whole = indexKey(token);
    if (whole === '') continue;
    out.push(whole);
    if (token.includes('-')) {
      for (const part of token.split('-')) {
        const key = indexKey(part);
        if (key !== '' && key !== whole) out.push(key);
      }
    }
  }
  return out;
}

/** A stemmer: a word (lower case, accents kept) to its stem. */
export type Stemmer = (word: string) => string;

/** Each language's stemmer (Snowball's, as Pagefind uses), loaded on demand. */
const stemmers: Record<string, () => Promise<Stemmer>> = {
  en: async () => (await import('@orama/stemmers/english')).stemmer,
  es: async () => (await import('@orama/stemmers/spanish')).stemmer,
};

/** The stemmer of `lang`; a language without one compares whole words. */
export async function loadStemmer(lang: string): Promise<Stemmer> {
  return (await stemmers[lang]?.()) ?? ((w: string) => w);
}

/** A word's stem as the word lists hold it: stemmed with its accents, then compared without them. */
export function stemKey(word: string, stem: Stemmer): string {
  const lower = word
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  return indexKey(stem(lower.normalize('NFC')));
}

/** Where a word's list is: the first character of its index key, a letter or a digit ("_" for anything else). */
export function vocabularyKey(key: string): string {
  const first = key[0] ?? '';
  return /^[a-z0-9]$/.test(first) ? first : '_';
}
