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
