import { describe, expect, test } from 'vitest';
import {
  citationSearchText,
  findCitations,
  formatCitation,
  withoutCitation,
  type Citation,
} from '../../src/legal-citation.ts';
import { resolveCitation, type CitationTable, type CitationTarget } from '../../src/browser/search/citation-targets.ts';

const first = (query: string) => findCitations(query)[0]?.citation;
const code = (section: string | undefined, path: string[], extra: Partial<Citation> = {}) => ({
  kind: 'code',
  section,
  path,
  ...extra,
});

describe('reading citations in a query', () => {
  test.each([
    ['6103(i)(2)', code('6103', ['i', '2'], { explicit: true })],
    ['(i)(2)', code(undefined, ['i', '2'], { explicit: true })],
    ['subsection (i) (2)', code(undefined, ['i', '2'], { explicit: true })],
    ['§ 7213A', code('7213A', [], { explicit: true })],
    ['§7213a', code('7213A', [], { explicit: true })],
    ['section 6103', code('6103', [], { explicit: true })],
    ['sección 6103', code('6103', [], { explicit: true })],
    ['seccion 6103(b)(6)', code('6103', ['b', '6'], { explicit: true })],
    ['26 U.S.C. § 6103(i)(2)(B)', code('6103', ['i', '2', 'B'], { explicit: true, title: 26 })],
    ['26 USC 6103', code('6103', [], { explicit: true, title: 26 })],
    ['IRC § 7431', code('7431', [], { explicit: true, title: 26 })],
    ['8 U.S.C. § 1253(a)(1)', code('1253', ['a', '1'], { explicit: true, title: 8 })],
    ['6103', code('6103', [], { explicit: false })],
  ])('%s', (query, expected) => {
    expect(first(query)).toMatchObject(expected);
  });

  test.each([
    ['Pub. L. 94-455', { kind: 'public-law', congress: 94, law: 455 }],
    ['P.L. 97-248', { kind: 'public-law', congress: 97, law: 248 }],
    ['Public Law 94–455', { kind: 'public-law', congress: 94, law: 455 }],
    ['ley pública 94-455', { kind: 'public-law', congress: 94, law: 455 }],
  ])('%s', (query, expected) => {
    expect(first(query)).toEqual(expected);
  });

  test('ignores numbers that are parts of amounts, decimals, case numbers and forms', () => {
    for (const query of [
      '47,000 addresses',
      '42,695 times',
      '1.28 million',
      'No. 25-5181',
      'Form W-7',
      'about 700 names',
    ]) {
      expect(
        findCitations(query).filter((m) => m.citation.kind === 'code' && m.citation.explicit),
        query,
      ).toEqual([]);
    }
  });

  test.each([
    ['6103 i 2', ['i', '2'], '6103 i 2'],
    ['6103 (i) (2) (A)', ['i', '2', 'A'], '6103 (i) (2) (A)'],
    ['what does 6103 i 2 b say', ['i', '2', 'B'], '6103 i 2 b'],
    ['section 6103 b 6', ['b', '6'], 'section 6103 b 6'],
    ['6103 i', ['i'], '6103 i'],
  ])('reads a subsection typed without parentheses: %s', (query, path, text) => {
    const [match] = findCitations(query);
    expect(match.citation).toMatchObject({ section: '6103', path, explicit: true });
    expect(match.text).toBe(text);
  });

  test('keeps the words after a section number when they are not a subsection in order', () => {
    for (const query of ['6103 a lot', '6103 i think', '6103 is the law', '6103 2 i'])
      expect(findCitations(query)[0].citation, query).toMatchObject({ section: '6103', path: [] });
  });

  test('finds the citation inside a question and leaves the rest of the words', () => {
    const [match] = findCitations('what does 6103(i)(2) require');
    expect(match.text).toBe('6103(i)(2)');
    expect(withoutCitation('what does 6103(i)(2) require', match)).toBe('what does require');
  });

  test('writes a citation the usual way and the way the text indexes it', () => {
    expect(formatCitation(code('6103', ['i', '2']) as Citation)).toBe('§ 6103(i)(2)');
    expect(formatCitation(code('1253', ['a', '1'], { title: 8 }) as Citation)).toBe('8 U.S.C. § 1253(a)(1)');
    expect(formatCitation({ kind: 'public-law', congress: 94, law: 455 })).toBe('Pub. L. 94-455');
    expect(citationSearchText(code('6103', ['i', '2']) as Citation)).toBe('6103(i)(2)');
  });
});

describe('where a citation leads', () => {
  const target = (cite: string, url: string, from: CitationTarget['from']): CitationTarget => ({
    cite: first(cite)!,
    url,
    heading: cite,
    page: from === 'statute' ? 'The law' : 'Section 6103',
    from,
  });
  const table: CitationTable = {
    defaultSection: '6103',
    targets: [
      target('§ 6103', '/section-6103/#what-does--6103-say', 'article'),
      target('§ 6103(i)(2)', '/section-6103/#what-does--6103i2-require', 'article'),
      target('§ 6103(i)(2)', '/law/6103/#i-2', 'statute'),
      target('§ 6103(i)(2)(B)', '/law/6103/#i-2-B', 'statute'),
      target('8 U.S.C. § 1253(a)(1)', '/irs-ice-agreement/#what-ice-may-ask-for', 'article'),
      target('Pub. L. 94-455', '/tax-reform-act-1976/#what-did-the-tax-reform-act-of-1976-change', 'article'),
    ],
  };
  const url = (query: string) => resolveCitation(first(query)!, table)?.target.url;

  test('prefers the statute page to an article section that answers the same citation', () => {
    expect(url('6103(i)(2)')).toBe('/law/6103/#i-2');
  });

  test('opens the most specific target that starts the citation', () => {
    expect(url('§ 6103(i)(2)(B)(i)')).toBe('/law/6103/#i-2-B');
    expect(url('§ 6103(i)(2)(b)')).toBe('/law/6103/#i-2-B');
    expect(url('§ 6103(i)(3)')).toBe('/section-6103/#what-does--6103-say');
  });

  test('reads a bare subsection as the default section', () => {
    const resolved = resolveCitation(first('(i)(2)')!, table);
    expect(resolved?.target.url).toBe('/law/6103/#i-2');
    expect(formatCitation(resolved!.citation)).toBe('§ 6103(i)(2)');
  });

  test('takes a bare number as a citation only when a target knows that section', () => {
    expect(url('6103')).toBe('/section-6103/#what-does--6103-say');
    expect(resolveCitation(first('1976')!, table)).toBeNull();
  });

  test('matches the title when given, and finds a section the site cites from another title', () => {
    expect(url('8 U.S.C. § 1253(a)(1)')).toBe('/irs-ice-agreement/#what-ice-may-ask-for');
    expect(url('§ 1253(a)(1)')).toBe('/irs-ice-agreement/#what-ice-may-ask-for');
    expect(resolveCitation(first('26 U.S.C. § 1253')!, table)).toBeNull();
  });

  test('finds public laws by Congress and number', () => {
    expect(url('Pub. L. 94-455')).toBe('/tax-reform-act-1976/#what-did-the-tax-reform-act-of-1976-change');
    expect(resolveCitation(first('Pub. L. 94-456')!, table)).toBeNull();
  });
});
