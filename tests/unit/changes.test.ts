import { describe, expect, test } from 'vitest';
import { newestFirst, recentCorrections, sectionName } from '../../src/render/changes.ts';
import type { ArticleChange } from '../../src/schemas/article.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const change = (date: string, kind: ArticleChange['kind'], section: string): ArticleChange => ({
  date: day(date),
  kind,
  section,
  text: `${kind} in ${section}`,
});

describe('the correction notice', () => {
  const changes = [
    change('2026-11-25', 'correction', 'older'),
    change('2026-12-01', 'correction', 'first-today'),
    change('2026-12-01', 'update', 'an-update'),
    change('2026-12-01', 'correction', 'second-today'),
  ];

  test('announces corrections, newest first, from their day through the 30th day after', () => {
    const sections = (today: string) => recentCorrections(changes, day(today)).map((c) => c.section);
    expect(sections('2026-12-01')).toEqual(['first-today', 'second-today', 'older']);
    expect(sections('2026-12-25')).toEqual(['first-today', 'second-today', 'older']);
    expect(sections('2026-12-26')).toEqual(['first-today', 'second-today']);
    expect(sections('2026-12-31')).toEqual(['first-today', 'second-today']);
    expect(sections('2027-01-01')).toEqual([]);
  });

  test('never announces an update, or a change dated after the build', () => {
    expect(recentCorrections([change('2026-12-01', 'update', 'u')], day('2026-12-01'))).toEqual([]);
    expect(recentCorrections([change('2026-12-02', 'correction', 'c')], day('2026-12-01'))).toEqual([]);
  });
});

describe('the list of changes', () => {
  test('lists every change, newest first, same-day changes in the order written', () => {
    const list = [
      change('2026-11-25', 'update', 'a'),
      change('2026-12-01', 'correction', 'b'),
      change('2026-12-01', 'update', 'c'),
    ];
    expect(newestFirst(list).map((c) => c.section)).toEqual(['b', 'c', 'a']);
  });

  test('names each section by its heading, or by the box the layout draws, in the page language', () => {
    const headings = [{ slug: 'the-matching-flaws', text: 'The matching flaws' }];
    expect(sectionName('en', 'the-matching-flaws', headings)).toBe('The matching flaws');
    expect(sectionName('en', 'in-short-heading', headings)).toBe('In short');
    expect(sectionName('es', 'in-short', [])).toBe('En pocas palabras');
    expect(sectionName('en', 'gone', headings)).toBeUndefined();
  });
});
