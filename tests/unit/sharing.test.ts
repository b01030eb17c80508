import { describe, expect, test, vi } from 'vitest';
import { parseSiteUrl, site } from '../../src/site.ts';
import {
  articlesPath,
  citationDataPath,
  feedPath,
  isLaterListPage,
  socialImagePath,
  updatesPath,
} from '../../src/paths.ts';
import { structuredData, jsonForScript } from '../../src/render/structured-data.ts';
import { citations, cslJson, legalDate } from '../../src/render/citation.ts';
import { recentUpdate } from '../../src/render/changes.ts';
import type { ArticleChange } from '../../src/schemas/article.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the site URL', () => {
  test('takes an https origin and drops a trailing slash', () => {
    expect(parseSiteUrl('https://example.org')).toBe('https://example.org');
    expect(parseSiteUrl('https://Example.org/')).toBe('https://example.org');
    expect(parseSiteUrl('https://example.org:8443')).toBe('https://example.org:8443');
  });

  test.each([
    ['http://example.org', 'uses http, not https'],
    ['https://example.org/explainer/', 'has a path, query or fragment'],
    ['https://example.org/?x=1', 'has a path, query or fragment'],
    ['https://example.org/#top', 'has a path, query or fragment'],
    ['example.org', 'is not a URL'],
    ['https://user:pw@example.org', 'carries a user name or password'],
  ])('rejects %s: it %s', (value, why) => {
    expect(() => parseSiteUrl(value)).toThrow(
      `SITE_URL must be an https origin without a path, such as https://example.org; "${value}" ${why}.`,
    );
  });

  test('SITE_URL in the build environment replaces the default origin, and a bad one stops the build', async () => {
    vi.stubEnv('SITE_URL', 'https://taxprivacy.example.net/');
    vi.resetModules();
    expect((await import('../../src/site.ts')).site.url).toBe('https://taxprivacy.example.net');
    vi.stubEnv('SITE_URL', 'http://taxprivacy.example.net');
    vi.resetModules();
    await expect(import('../../src/site.ts')).rejects.toThrow('SITE_URL must be an https origin');
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  test('is an origin the build can use as it is', () => {
    expect(parseSiteUrl(site.url)).toBe(site.url);
  });
});

describe('paths for sharing', () => {
  test('each page has its card beside the others under /og/', () => {
    expect(socialImagePath('/')).toBe('/og/index.png');
    expect(socialImagePath('/es/')).toBe('/og/es.png');
    expect(socialImagePath('/es/section-6103/')).toBe('/og/es/section-6103.png');
    expect(socialImagePath('/law/6103/')).toBe('/og/law/6103.png');
    expect(socialImagePath('/404.html')).toBe('/og/404.png');
  });

  test('updates, feeds and citation data follow the language prefix', () => {
    expect(updatesPath('en')).toBe('/updates/');
    expect(updatesPath('en', 2)).toBe('/updates/2/');
    expect(updatesPath('es', 1)).toBe('/es/updates/');
    expect(updatesPath('es', 3)).toBe('/es/updates/3/');
    for (const later of [updatesPath('en', 2), updatesPath('es', 12), articlesPath('es', 3)])
      expect(isLaterListPage(later), later).toBe(true);
    for (const first of [updatesPath('en'), articlesPath('es'), '/es/seccion-6103/', '/timeline/', '/updates/1/'])
      expect(isLaterListPage(first), first).toBe(false);
    expect(feedPath('es')).toBe('/es/updates/feed.xml');
    expect(citationDataPath('es', 'itin-filers')).toBe('/es/itin-filers/cite.json');
  });
});

describe('JSON-LD', () => {
  const article = structuredData({
    lang: 'es',
    path: '/es/section-6103/',
    title: 'Sección 6103',
    image: `${site.url}/og/es/section-6103.png`,
    article: { published: day('2026-11-25'), updated: day('2026-12-01') },
  });

  test('an article is an Article with its headline, dates, language and publisher, and a breadcrumb trail', () => {
    const [a, crumbs] = article['@graph'] as Record<string, unknown>[];
    expect(a).toMatchObject({
      '@type': 'Article',
      headline: 'Sección 6103',
      datePublished: '2026-11-25',
      dateModified: '2026-12-01',
      inLanguage: 'es',
      publisher: { '@type': 'Organization', name: site.name.es, url: `${site.url}/es/` },
    });
    expect(crumbs).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: site.name.es, item: `${site.url}/es/` },
        { '@type': 'ListItem', position: 2, name: 'Sección 6103' },
      ],
    });
  });

  test('a home page is a WebSite and has no breadcrumb trail', () => {
    const home = structuredData({ lang: 'en', path: '/', title: site.name.en, image: '' });
    expect((home['@graph'] as { '@type': string }[]).map((n) => n['@type'])).toEqual(['WebSite']);
  });

  test('text that could close the script element is escaped, and still parses to the same value', () => {
    const json = jsonForScript({ headline: 'a </script><b>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: 'a </script><b>' });
  });
});

describe('citations', () => {
  const page = {
    lang: 'en' as const,
    title: 'Section 6103: who may see your tax return',
    siteName: 'Tax Privacy Explained',
    url: 'https://example.org/section-6103/',
    updated: day('2026-09-01'),
  };

  test('plain and legal forms name title, site, URL and updated date, leaving the access date to fill', () => {
    const { plain, legal, legalTitle } = citations(page);
    expect(plain).toBe(
      'Tax Privacy Explained. “Section 6103: who may see your tax return.” Updated September 1, 2026. https://example.org/section-6103/. Accessed [date].',
    );
    expect(legal).toBe(
      'Section 6103: who may see your tax return, Tax Privacy Explained (Sept. 1, 2026), https://example.org/section-6103/ (last visited [date]).',
    );
    expect(legal.startsWith(legalTitle)).toBe(true);
  });

  test('legal dates use the Bluebook month abbreviations, and Spanish ones its own', () => {
    expect(legalDate(day('2026-06-08'), 'en')).toBe('June 8, 2026');
    expect(legalDate(day('2026-12-01'), 'en')).toBe('Dec. 1, 2026');
    expect(legalDate(day('2026-12-01'), 'es')).toBe('1 dic. 2026');
  });

  test('Spanish citations are in Spanish', () => {
    const { plain, legal } = citations({ ...page, lang: 'es', siteName: 'Privacidad fiscal explicada' });
    expect(plain).toContain('Actualizado el 1 de septiembre de 2026');
    expect(plain).toContain('Consultado el [fecha].');
    expect(legal).toContain('(consultado por última vez el [fecha]).');
  });

  test('CSL-JSON is one webpage item with its issued date in parts', () => {
    expect(cslJson(page, 'x')).toEqual([
      {
        id: 'x',
        type: 'webpage',
        title: page.title,
        'container-title': page.siteName,
        publisher: page.siteName,
        author: [{ literal: page.siteName }],
        URL: page.url,
        issued: { 'date-parts': [[2026, 9, 1]] },
        language: 'en-US',
      },
    ]);
  });
});

describe('the recent-update notice', () => {
  const change = (date: string, kind: ArticleChange['kind'], text = date): ArticleChange => ({
    date: day(date),
    kind,
    section: 's',
    text,
  });
  const changes = [change('2026-10-01', 'update'), change('2026-11-20', 'update'), change('2026-11-25', 'correction')];

  test('shows the newest update (not a correction) while it is at most 30 days old', () => {
    expect(recentUpdate(changes, day('2026-12-01'))?.text).toBe('2026-11-20');
    expect(recentUpdate(changes, day('2026-12-20'))?.text).toBe('2026-11-20');
  });

  test('shows nothing once the newest update is older than 30 days, or when there are only corrections', () => {
    expect(recentUpdate(changes, day('2026-12-21'))).toBeUndefined();
    expect(recentUpdate([change('2026-11-30', 'correction')], day('2026-12-01'))).toBeUndefined();
    expect(recentUpdate([], day('2026-12-01'))).toBeUndefined();
  });
});
