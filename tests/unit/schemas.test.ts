import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { isoDay, partialDate } from '../../src/schemas/dates.ts';

const article = {
  title: 'Section 6103',
  description: 'Who may see your tax return.',
  summary: 'Short.',
  inShort: ['a', 'b', 'c'],
  published: '2026-11-25',
  updated: '2026-11-25',
  reviewed: '2026-11-25',
  lang: 'en',
  translationKey: 'section-6103',
};

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the article schema', () => {
  test('accepts a complete article and fills defaults', () => {
    const r = articleSchema.parse(article);
    expect(r.draft).toBe(false);
    expect(r.topics).toEqual([]);
    expect(r.published.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  test.each([
    [{ title: undefined }, 'title: is missing'],
    [{ title: ' ' }, 'title: is empty'],
    [{ description: 'x'.repeat(161) }, 'description: is longer than 160 characters'],
    [{ summary: 'word '.repeat(121) }, 'summary: is longer than 120 words'],
    [{ inShort: ['a', 'b'] }, 'inShort: needs at least 3 bullets'],
    [{ inShort: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'inShort: has more than 5 bullets'],
    [{ published: '2026-02-29' }, 'published: "2026-02-29" is not a real date (expected YYYY-MM-DD)'],
    [{ reviewed: 'yesterday' }, 'reviewed: "yesterday" is not a real date (expected YYYY-MM-DD)'],
    [{ lang: 'fr' }, 'lang: Invalid option: expected one of "en"|"es"'],
    [{ translationKey: 'Section 6103' }, 'translationKey: must be lower-case words joined by hyphens'],
    [
      { changes: [{ date: '2026-12-01', kind: 'fix', section: 'a', text: 't' }] },
      'changes.0.kind: must be "correction" or "update"',
    ],
    [
      { changes: [{ date: '2026-12-01', kind: 'correction', section: 'The TIGTA report', text: 't' }] },
      'changes.0.section: must be a heading id (lower-case words joined by hyphens)',
    ],
  ])('rejects %o with "%s"', (change, message) => {
    expect(issues(articleSchema.safeParse({ ...article, ...change }))).toContain(message);
  });
});

describe('the source schema', () => {
  const source = {
    id: 'crs-lsb11413',
    title: 'T',
    issuer: 'CRS',
    date: '2026-03-26',
    url: 'https://www.congress.gov/crs-product/LSB11413',
    urlFound: 'pattern',
    urlChecked: '2026-12-01',
    kind: 'congressional',
    primary: false,
  };

  test('accepts a complete source', () => {
    expect(sourceSchema.parse(source).date).toBe('2026-03-26');
  });

  test.each([
    [{ id: 'CRS 1' }, 'id: must be lower-case letters, digits and hyphens'],
    [
      { kind: 'blog' },
      'kind: Invalid option: expected one of "statute"|"court"|"agency"|"congressional"|"watchdog"|"party"|"record"|"news"|"analysis"',
    ],
    [{ url: 'ftp://x.org/a' }, 'url: is not an http(s) URL'],
    [{ url: undefined }, 'url: is missing (only news sources may leave it out)'],
    [{ primary: 'yes' }, 'primary: must be true or false'],
    [{ date: '2026-02-30' }, 'date: "2026-02-30" is not a real date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    [{ urlFound: undefined }, 'urlFound: is missing (say how the url was found: "seen" or "pattern")'],
    [{ urlFound: 'guessed' }, 'urlFound: must be "seen" or "pattern"'],
    [{ urlChecked: undefined }, 'urlChecked: is missing (the day the url was last checked, YYYY-MM-DD)'],
    [{ urlChecked: '2026-12-32' }, 'urlChecked: "2026-12-32" is not a real date (expected YYYY-MM-DD)'],
    [{ lang: 'Spanish' }, 'lang: must be a BCP-47 language code such as "es"'],
  ])('rejects %o with "%s"', (change, message) => {
    expect(issues(sourceSchema.safeParse({ ...source, ...change }))).toContain(message);
  });

  test('lets a news source go without a URL', () => {
    expect(
      sourceSchema.safeParse({
        ...source,
        kind: 'news',
        primary: false,
        url: undefined,
        urlFound: undefined,
        urlChecked: undefined,
      }).success,
    ).toBe(true);
  });
});

describe('dates', () => {
  test('a partial date keeps its precision', () => {
    expect(partialDate.parse(2025)).toBe('2025');
    expect(partialDate.parse('2025-08')).toBe('2025-08');
    expect(partialDate.safeParse('2025-00').success).toBe(false);
  });

  test('a day accepts a real Date and a leap day only in leap years', () => {
    expect(isoDay.parse(new Date('2024-02-29T00:00:00Z')).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(isoDay.safeParse('2024-02-29').success).toBe(true);
    expect(isoDay.safeParse('2025-02-29').success).toBe(false);
  });
});
