import { stemKey, textKeys, vocabularyKey, type Stemmer } from '../../browser/search/words.ts';
import type { VocabularyFile } from '../../browser/search/vocabulary.ts';

/**
 * The word lists of one index (see src/browser/search/vocabulary.ts): every index key of `texts`, one
 * list per first character, most frequent first, with the sorted stems beside them.
 */
export function vocabularyFiles(texts: Iterable<string>, stem: Stemmer): Map<string, VocabularyFile> {
  const counts = new Map<string, number>();
  const stemOf = new Map<string, string>();
  for (const text of texts) {
    for (const token of text.split(/\s+/)) {
      const keys = textKeys(token);
      keys.forEach((key, i) => {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        // The stem of the whole word is taken from its written form, which keeps its accents for the stemmer.
        if (!stemOf.has(key)) stemOf.set(key, i === 0 ? stemKey(token, stem) : stemKey(key, stem));
      });
    }
  }
  const byKey = new Map<string, { words: [string, number][]; stems: Set<string> }>();
  for (const [word, count] of counts) {
    const key = vocabularyKey(word);
    const list = byKey.get(key) ?? { words: [], stems: new Set<string>() };
    list.words.push([word, count]);
    const stemmed = stemOf.get(word);
    if (stemmed) list.stems.add(vocabularyKey(stemmed) === key ? stemmed : word);
    byKey.set(key, list);
  }
  const files = new Map<string, VocabularyFile>();
  for (const [key, list] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
    files.set(key, {
      words: list.words
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([w]) => w)
        .join(' '),
      stems: [...list.stems].sort().join(' '),
    });
  }
  return files;
}
