import { describe, expect, test } from 'vitest';
import { t, stringKeys } from '../../src/i18n/translate.ts';
import { articlePath, articleKey, splitHref, homePath } from '../../src/paths.ts';
import { formatPartialDate } from '../../src/i18n/dates.ts';
import { readingMinutes } from '../../src/render/reading-time.ts';

describe('UI strings', () => {
  test('Spanish has exactly the English keys', () => {
    expect(stringKeys('es').sort()).toEqual(stringKeys('en').sort());
  });

  test('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'home.read', { title: 'X' })).toBe('Read: X');
    expect(t('es', 'home.read', {})).toBe('Leer: {title}');
  });
});

describe('paths', () => {
  test('English articles live at the root, Spanish under /es/', () => {
    expect(articlePath('en', 'section-6103')).toBe('/section-6103/');
    expect(articlePath('es', 'section-6103')).toBe('/es/section-6103/');
    expect(homePath('es')).toBe('/es/');
  });

  test('an article file or entry id gives its language and slug', () => {
    expect(articleKey('content/articles/es/itin-filers.mdx')).toEqual({ lang: 'es', slug: 'itin-filers' });
    expect(articleKey('en/section-6103')).toEqual({ lang: 'en', slug: 'section-6103' });
  });

  test('an href splits into page and anchor, relative to the current page', () => {
    expect(splitHref('/section-6103/#who-may-ask', '/x/')).toEqual({ path: '/section-6103/', hash: 'who-may-ask' });
    expect(splitHref('#sources', '/x/')).toEqual({ path: '/x/', hash: 'sources' });
    expect(splitHref('/law/6103', '/x/')).toEqual({ path: '/law/6103/', hash: undefined });
  });
});

describe('formatting', () => {
  test('dates keep the precision they were given', () => {
    expect(formatPartialDate('2025', 'en')).toBe('2025');
    expect(formatPartialDate('2025-08', 'en')).toBe('August 2025');
    expect(formatPartialDate('2025-08-07', 'es')).toBe('7 de agosto de 2025');
  });

  test('reading time is words of running text at 200 a minute, at least one minute', () => {
    expect(readingMinutes(400)).toBe(2);
    expect(readingMinutes(20)).toBe(1);
  });
});
