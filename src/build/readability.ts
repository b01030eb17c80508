import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Counts behind a readability grade. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Sentences, words and syllables of English prose. Abbreviations like "U.S." and "No." do not end sentences. */
export function countText(text: string): TextCounts {
  const cleaned = text
    .replace(
      /\b(?:U\.S|No|Nos|Pub|L|Stat|v|Sec|Gen|Jr|Sr|Mr|Ms|Dr|St|Inc|Co|Cir|Mass|D\.C|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|e\.g|i\.e|p|pp)\./g,
      (m) => m.replace(/\./g, ''),
    )
    .replace(/§+/g, 'section');
  const words = cleaned.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const sentences = Math.max(1, (cleaned.match(/[.!?]+(?=\s|$)|\n\s*\n/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return { sentences, words: words.length, syllables };
}

/** Flesch–Kincaid grade level of English prose, one decimal. */
export function gradeLevel(text: string): number {
  const c = countText(text);
  if (c.words === 0) return 0;
  return Math.round(fleschKincaid({ sentence: c.sentences, word: c.words, syllable: c.syllables }) * 10) / 10;
}

const STRONG = new Set([...'aeoáéóíú']);
const VOWEL = new Set([...'aeiouáéíóúü']);

/**
 * Syllables of a Spanish word: one per vowel nucleus, where a weak vowel (i, u, ü without an accent) next
 * to another vowel joins it (diphthong) and two strong vowels split (hiatus). "u" is silent in que/qui and
 * gue/gui, and a final "y" after a vowel closes a diphthong (hoy, muy). Spanish spelling is regular enough
 * for this to be exact on almost every word of running text.
 */
export function spanishSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/([qg])u(?=[eéií])/g, '$1')
    .replace(/y$/, '');
  let count = 0;
  let previous = '';
  for (const ch of w) {
    if (VOWEL.has(ch)) {
      const joins = VOWEL.has(previous) && !(STRONG.has(ch) && STRONG.has(previous));
      if (!joins) count += 1;
    }
    previous = ch;
  }
  return Math.max(1, count);
}

/** Sentences, words and syllables of Spanish prose. */
export function countSpanish(text: string): TextCounts {
  const cleaned = text
    .replace(/\b(?:EE\.\s?UU|Sr|Sra|Dr|núm|art|p|pp)\./g, (m) => m.replace(/\./g, ''))
    .replace(/§+/g, 'sección');
  const words = cleaned.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const sentences = Math.max(1, (cleaned.match(/[.!?]+(?=\s|$)|\n\s*\n/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + (/\p{L}/u.test(w) ? spanishSyllables(w) : 1), 0);
  return { sentences, words: words.length, syllables };
}

/**
 * Readability of Spanish prose: Fernández-Huerta (0–100, higher is easier; 70–80 "bastante fácil", 80–90
 * "fácil") and INFLESZ (Szigriszt-Pazos; above 65 is "bastante fácil"), one decimal each.
 */
export function spanishReadability(text: string): { fernandezHuerta: number; inflesz: number } {
  const c = countSpanish(text);
  if (c.words === 0) return { fernandezHuerta: 0, inflesz: 0 };
  const round = (n: number) => Math.round(n * 10) / 10;
  const perHundred = (n: number) => (n / c.words) * 100;
  return {
    fernandezHuerta: round(206.84 - 0.6 * perHundred(c.syllables) - 1.02 * perHundred(c.sentences)),
    inflesz: round(206.835 - 62.3 * (c.syllables / c.words) - c.words / c.sentences),
  };
}
