import { describe, expect, test } from 'vitest';
import { matchKey, planQuery, runWeights, type QueryVocabulary } from '../../src/browser/search/query-plan.ts';
import { groupByPage, headingShare, rankHits, type FoundSection } from '../../src/browser/search/rank.ts';
import { correctWord, editDistance, vocabulary } from '../../src/browser/search/spelling.ts';
import { findCitations } from '../../src/browser/search/citation.ts';

const words: QueryVocabulary = {
  aliases: [
    ['ITIN', 'individual taxpayer identification number'],
    ['ICE', 'Immigration and Customs Enforcement'],
  ],
  stopWords: ['can', 'my', 'the', 'is', 'an'],
  citations: {
    defaultSection: '6103',
    targets: [
      {
        cite: findCitations('§ 6103(i)(2)')[0].citation,
        url: '/law/6103/#i-2',
        heading: 'Disclosure',
        page: 'The law',
        from: 'statute',
      },
    ],
  },
};
const texts = (query: string) => planQuery(query, words).runs.map((r) => [r.text, r.weight]);

describe('planning the searches for a query', () => {
  test('searches the words without stop words, the query as typed, each alias swapped in, and each idea alone', () => {
    expect(texts('can ICE see my taxes')).toEqual([
      ['ICE see taxes', runWeights.whole],
      ['can ICE see my taxes', runWeights.asTyped],
      ['Immigration and Customs Enforcement see taxes', runWeights.alias],
      ['ICE', runWeights.part],
      ['Immigration and Customs Enforcement', runWeights.part / 4],
      ['see', runWeights.part],
      ['taxes', runWeights.part],
    ]);
  });

  test('finds a multi-word alias in any case and without accents, and swaps in the short form', () => {
    expect(texts('Individual Taxpayer Identification Number')).toEqual([
      ['Individual Taxpayer Identification Number', runWeights.whole],
      ['ITIN', runWeights.alias],
    ]);
  });

  test('a single word is one search; a query of stop words only is searched as it is', () => {
    expect(texts('deportation')).toEqual([['deportation', runWeights.whole]]);
    expect(texts('can my')).toEqual([['can my', runWeights.whole]]);
  });

  test('resolves a citation and searches it the way the text writes it', () => {
    const plan = planQuery('what does (i)(2) say', words);
    expect(plan.citation?.target.url).toBe('/law/6103/#i-2');
    expect(plan.runs[0].text).toBe('what does 6103(i)(2) say');
  });

  test('lists the words that are not stop words, compared without case, accents or punctuation', () => {
    expect(planQuery('Can the IRS “share” my dirección?', words).words).toEqual(['irs', 'share', 'direccion']);
    expect(matchKey('“Taxes,”')).toBe('taxes');
  });

  test('an empty query plans nothing', () => {
    expect(planQuery('   ', words)).toEqual({ citation: null, runs: [], words: [] });
  });
});

describe('ranking the sections the searches found', () => {
  test('adds up weighted scores and remembers the run that gave the most', () => {
    const ranked = rankHits([
      { weight: 1, hits: [{ id: 'a', score: 2 }] },
      {
        weight: 0.5,
        hits: [
          { id: 'a', score: 10 },
          { id: 'b', score: 8 },
        ],
      },
    ]);
    expect(ranked).toEqual([
      { id: 'a', score: 7, bestRun: 1 },
      { id: 'b', score: 4, bestRun: 1 },
    ]);
  });

  test('drops sections far below the best, which only a common word found', () => {
    const ranked = rankHits([
      {
        weight: 1,
        hits: [
          { id: 'a', score: 100 },
          { id: 'b', score: 1 },
        ],
      },
    ]);
    expect(ranked.map((h) => h.id)).toEqual(['a']);
  });

  test('a heading that asks the question counts: its share of the query words, "address" matching "addresses"', () => {
    expect(
      headingShare(['irs', 'give', 'addresses', 'ice'], ['can', 'the', 'irs', 'give', 'my', 'address', 'to', 'ice']),
    ).toBe(1);
    expect(headingShare(['who', 'ask', 'irs'], ['who', 'may', 'ask'])).toBeCloseTo(2 / 3);
    expect(headingShare([], ['who'])).toBe(0);
  });

  const section = (url: string, score: number, cite?: string): FoundSection => ({
    url,
    href: url,
    heading: url,
    page: url.split('#')[0],
    excerpt: '',
    score,
    cite,
  });

  test('groups sections under their pages, pages in the order of their best section', () => {
    const groups = groupByPage([section('/a/#1', 10), section('/b/#1', 9), section('/a/#2', 8), section('/a/#3', 1)]);
    expect(groups.map((g) => [g.url, g.sections.map((s) => s.url)])).toEqual([
      ['/a/', ['/a/#1', '/a/#2']],
      ['/b/', ['/b/#1']],
    ]);
  });

  test('shows at most three sections of a page', () => {
    const groups = groupByPage([1, 2, 3, 4].map((n) => section(`/a/#${n}`, 10 - n)));
    expect(groups[0].sections).toHaveLength(3);
  });

  test('puts the target of a typed citation first, whatever its score', () => {
    const groups = groupByPage([section('/a/#1', 10), section('/law/#i-2', 0, '§ 6103(i)(2)'), section('/law/#x', 9)]);
    expect(groups[0].sections.map((s) => s.url)).toEqual(['/law/#i-2', '/law/#x']);
  });
});

describe('correcting misspelled words', () => {
  // Most frequent first: "later" comes before "lawyer", yet "lawer" means "lawyer".
  const vocab = vocabulary([
    'later',
    'immigration',
    'lawyer',
    'leaving',
    'lower',
    'confidentiality',
    'confidential',
    'kotelly',
  ]);

  test.each([
    ['imigration', 'immigration'],
    ['lawer', 'lawyer'],
    ['confidentality', 'confidentiality'],
    ['kotely', 'kotelly'],
    ['immigartion', 'immigration'],
  ])('%s → %s', (typo, fixed) => {
    expect(correctWord(typo, vocab)).toBe(fixed);
  });

  test('leaves known words, short words, numbers and words still being typed alone', () => {
    for (const word of ['lawyer', 'ice', 'irs', '6103', 'immig', 'xyzzyplugh'])
      expect(correctWord(word, vocab), word).toBeUndefined();
  });

  test('counts a swap of neighbours as one slip and stops early past the limit', () => {
    expect(editDistance('immigartion', 'immigration', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
