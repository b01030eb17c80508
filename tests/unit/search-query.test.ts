import { describe, expect, test } from 'vitest';
import {
  matchKey,
  parseQuery,
  planRuns,
  runWeights,
  type QueryVocabulary,
} from '../../src/browser/search/query-plan.ts';
import { groupByPage, headingShare, rankHits, type FoundSection } from '../../src/browser/search/rank.ts';
import {
  correction,
  editDistance,
  parseVocabulary,
  presence,
  type VocabularyChunk,
} from '../../src/browser/search/vocabulary.ts';
import { vocabularyFiles } from '../../src/build/search/vocabulary.ts';
import { indexKey, loadStemmer, textKeys } from '../../src/browser/search/words.ts';
import { closestTopics, excerptMatches, findUncovered } from '../../src/browser/search/honest.ts';
import { findCitations } from '../../src/legal-citation.ts';

const stem = await loadStemmer('en');
const words: QueryVocabulary = {
  aliases: [
    ['ITIN', 'individual taxpayer identification number'],
    ['ICE', 'Immigration and Customs Enforcement'],
    ['snooping', 'browsing', 'unauthorized inspection'],
  ],
  absent: ['snooping'],
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
const runs = (query: string) => planRuns(parseQuery(query, words).ideas).map((r) => [r.text, r.weight, r.covers]);

describe('reading a query into ideas and planning its searches', () => {
  test('every idea together, each alias swapped in, then each idea alone', () => {
    expect(runs('can ICE see my taxes')).toEqual([
      ['ICE see taxes', runWeights.whole, [0, 1, 2]],
      ['Immigration and Customs Enforcement see taxes', runWeights.alias, [0, 1, 2]],
      ['ICE', runWeights.part, [0]],
      ['Immigration and Customs Enforcement', runWeights.part / 4, [0]],
      ['see', runWeights.part, [1]],
      ['taxes', runWeights.part, [2]],
    ]);
  });

  test('finds a multi-word alias in any case and without accents, and swaps in the short form', () => {
    expect(runs('Individual Taxpayer Identification Number')).toEqual([
      ['Individual Taxpayer Identification Number', runWeights.whole, [0]],
      ['ITIN', runWeights.alias, [0]],
    ]);
  });

  test('never searches an alias form that no page has: Pagefind would match something shorter', () => {
    const [idea] = parseQuery('snooping', words).ideas;
    expect(idea).toEqual({ typed: 'snooping', forms: ['browsing', 'unauthorized inspection'], kind: 'alias' });
  });

  test('a query of stop words only keeps them', () => {
    expect(parseQuery('can my', words).ideas.map((i) => i.typed)).toEqual(['can', 'my']);
  });

  test('resolves a citation and searches it the way the text writes it', () => {
    const parsed = parseQuery('what does (i)(2) say', words);
    expect(parsed.citation?.target.url).toBe('/law/6103/#i-2');
    expect(parsed.ideas.find((i) => i.kind === 'citation')?.forms).toEqual(['6103(i)(2)']);
  });

  test('lists the words that are not stop words, compared without case, accents or punctuation', () => {
    expect(parseQuery('Can the IRS “share” my dirección?', words).words).toEqual(['irs', 'share', 'direccion']);
    expect(matchKey('“Taxes,”')).toBe('taxes');
  });

  test('an empty query plans nothing', () => {
    expect(parseQuery('   ', words).ideas).toEqual([]);
    expect(planRuns([])).toEqual([]);
  });
});

describe('ranking the sections the searches found', () => {
  test('adds up weighted scores, remembers the run that gave the most, and which sections have every idea', () => {
    const ranked = rankHits(
      [
        { weight: 1, covers: [0, 1], hits: [{ id: 'a', score: 2 }] },
        {
          weight: 0.5,
          covers: [0],
          hits: [
            { id: 'a', score: 10 },
            { id: 'b', score: 8 },
          ],
        },
      ],
      2,
    );
    expect(ranked).toEqual([{ id: 'a', score: 7, bestRun: 1, full: true }]);
  });

  test('keeps every section that has all the ideas, however low its score: a name finds every mention', () => {
    const ranked = rankHits(
      [
        {
          weight: 1,
          covers: [0],
          hits: [
            { id: 'a', score: 100 },
            { id: 'b', score: 1 },
          ],
        },
      ],
      1,
    );
    expect(ranked.map((h) => h.id)).toEqual(['a', 'b']);
  });

  test('keeps a partial match only with two ideas or more and a fair share of the best score', () => {
    const run = (covers: number[], hits: [string, number][]) => ({
      weight: 1,
      covers,
      hits: hits.map(([id, score]) => ({ id, score })),
    });
    const ranked = rankHits(
      [
        run(
          [0],
          [
            ['two', 10],
            ['one', 50],
            ['weak', 1],
          ],
        ),
        run(
          [1],
          [
            ['two', 10],
            ['weak', 1],
          ],
        ),
        run([2], [['full', 5]]),
      ],
      3,
    );
    expect(ranked.map((h) => h.id)).toEqual(['two']);
  });

  test('leaves out a section found only through metadata that does not count (score 0)', () => {
    expect(rankHits([{ weight: 1, covers: [0], hits: [{ id: 'a', score: 0 }] }], 1)).toEqual([]);
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

  test('groups every section under its page, pages in the order of their best section', () => {
    const groups = groupByPage([
      section('/a/#1', 10),
      section('/b/#1', 9),
      section('/a/#2', 8),
      section('/a/#3', 1),
      section('/a/#4', 0.5),
    ]);
    expect(groups.map((g) => [g.url, g.sections.map((s) => s.url)])).toEqual([
      ['/a/', ['/a/#1', '/a/#2', '/a/#3', '/a/#4']],
      ['/b/', ['/b/#1']],
    ]);
  });

  test('puts the target of a typed citation first, whatever its score', () => {
    const groups = groupByPage([section('/a/#1', 10), section('/law/#i-2', 0, '§ 6103(i)(2)'), section('/law/#x', 9)]);
    expect(groups[0].sections.map((s) => s.url)).toEqual(['/law/#i-2', '/law/#x']);
  });
});

/** The word list for words starting with `letter`, built from `text` as the build builds it. */
function list(letter: string, text: string): VocabularyChunk {
  return parseVocabulary(vocabularyFiles([text], stem).get(letter)!);
}

describe('the index’s own words', () => {
  test('are the index keys Pagefind compares: no case, accents or punctuation, hyphenated words whole and in parts', () => {
    expect(indexKey('W-7')).toBe('w7');
    expect(indexKey('6103(i)(2)')).toBe('6103i2');
    expect(indexKey('Nixon’s')).toBe('nixons');
    expect(indexKey('Declaración')).toBe('declaracion');
    expect(textKeys('the data-sharing deal')).toEqual(['the', 'datasharing', 'data', 'sharing', 'deal']);
  });

  const a = list('a', 'As the agency asked, the agencies answered about addresses.');
  const d = list('d', 'The deported people and the deportation date, with data and dates.');

  test('find a word as it is, by its stem, or as the start of a longer word', () => {
    expect(presence('agency', a, stem)).toBe('word');
    expect(presence('Agencies', a, stem)).toBe('word');
    expect(presence('deporting', d, stem)).toBe('stem');
    expect(presence('addr', a, stem)).toBe('start');
  });

  test('do not find a word that only starts with a shorter one: "asylum" is not "as"', () => {
    expect(presence('asylum', a, stem)).toBeUndefined();
    expect(presence('datos', d, stem)).toBeUndefined();
    expect(presence('anything', undefined, stem)).toBeUndefined();
  });
});

describe('correcting misspelled words', () => {
  const l = list('l', 'Later, later, later the lawyer was leaving, lower.');
  const i = list('i', 'immigration immigrants');
  const c = list('c', 'confidentiality confidential');
  const k = list('k', 'Kollar-Kotelly kotelly');
  const d = list('d', 'data data data date dates deportation');

  test.each([
    ['imigration', i, 'immigration'],
    ['inmigrants', i, 'immigrants'],
    ['lawer', l, 'lawyer'],
    ['confidentality', c, 'confidentiality'],
    ['kotely', k, 'kotelly'],
    ['immigartion', i, 'immigration'],
  ])('%s → the site’s word', (typo, chunk, fixed) => {
    expect(correction(typo, chunk)).toBe(fixed);
  });

  test('never corrects an acronym, a short word, a number or a word too far from any', () => {
    expect(correction('DACA', d)).toBeUndefined();
    expect(correction('daca', d)).toBeUndefined();
    expect(correction('6103', list('6', '6103 6104'))).toBeUndefined();
    expect(correction('deadline', d)).toBeUndefined();
  });

  test('never corrects into a stop word', () => {
    expect(correction('theyre', list('t', 'there there'), new Set(['there']))).toBeUndefined();
  });

  test('counts a swap of neighbours as one slip and stops early past the limit', () => {
    expect(editDistance('immigartion', 'immigration', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('honest answers', () => {
  test('a result whose marked words are only shorter words than the reader’s is not a match', () => {
    expect(excerptMatches('<mark>as</mark> the law says', ['asylum'], stem)).toBe(false);
    expect(excerptMatches('the <mark>deported</mark> people', ['deport'], stem)).toBe(true);
    expect(excerptMatches('the <mark>data-sharing</mark> deal', ['sharing'], stem)).toBe(true);
    expect(excerptMatches('no marks: the match was in the heading', ['asylum'], stem)).toBe(true);
  });

  const uncovered = [{ topic: 'stimulus checks', forms: ['stimulus check', 'stimulus'], see: [] }];

  test('finds the uncovered subject a query names, whatever its endings', () => {
    expect(findUncovered('Stimulus Checks 2021', uncovered, stem)?.topic).toBe('stimulus checks');
    expect(findUncovered('check facts', uncovered, stem)).toBeUndefined();
  });

  const topics = [
    { label: 'The IRS–ICE data-sharing agreement', url: '/irs-ice-agreement/', kind: 'article' as const },
    { label: 'If you file taxes with an ITIN', url: '/itin-filers/', kind: 'article' as const },
    { label: 'Memorandum of understanding', url: '/glossary/#mou', kind: 'term' as const },
  ];

  test('offers the topics whose names share a word with the query, else the articles', () => {
    expect(closestTopics('memorandum pizza', topics, stem, new Set()).map((t) => t.url)).toEqual(['/glossary/#mou']);
    expect(closestTopics('DACA', topics, stem, new Set()).map((t) => t.url)).toEqual([
      '/irs-ice-agreement/',
      '/itin-filers/',
    ]);
  });
});
