import { describe, expect, test } from 'vitest';
import { interpolate, pluralOf } from '../../src/i18n/interpolate.ts';
import { t } from '../../src/i18n/translate.ts';
import { fill } from '../../src/browser/search/render.ts';

describe('one interpolator for the build and the browser', () => {
  test('fills named placeholders and leaves an unknown one as written', () => {
    expect(interpolate('{count} results for “{query}”.', { count: 3, query: 'ITIN' })).toBe('3 results for “ITIN”.');
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });

  test('t() and the search page’s fill() give the same sentence from the same string', () => {
    const vars = { count: 12, query: 'la migra' };
    const strings = { 'search.countMany': t('es', 'search.countMany') };
    expect(fill(strings, 'search.countMany', vars)).toBe(t('es', 'search.countMany', vars));
  });

  test('picks the singular or plural string by the language’s plural rules', () => {
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2].map((n) => pluralOf('en', n, forms))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralOf('es', n, forms))).toEqual(['other', 'one', 'other']);
  });
});
