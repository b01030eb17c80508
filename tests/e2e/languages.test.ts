import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, builtPages, langOf } from './browser.ts';
import { pageFile } from '../../src/build/built-pages.ts';
import { site } from '../../src/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Pages that have a language version of their own (the error page speaks every language at once). */
const pages = builtPages().filter((p) => !p.endsWith('.html'));
const head = (path: string) => readFileSync(pageFile(path), 'utf8').split('</head>')[0];
const alternates = (path: string) =>
  Object.fromEntries(
    [...head(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1],
      new URL(m[2]).pathname,
    ]),
  );

describe('every page exists in English and Spanish, paired', () => {
  test('each language has the same number of pages', () => {
    const byLang = Map.groupBy(pages, (p) => langOf(p));
    expect(byLang.get('es')?.length).toBe(byLang.get('en')?.length);
  });

  test.each(pages)(
    '%s names itself and its twin in hreflang links, with x-default, and its twin names it back',
    (path) => {
      const alt = alternates(path);
      const lang = langOf(path)!;
      expect(alt[lang]).toBe(path);
      expect(Object.keys(alt).sort()).toEqual(['en', 'es', 'x-default']);
      expect(alt['x-default']).toBe(alt.en);
      const twin = alt[lang === 'en' ? 'es' : 'en'];
      expect(alternates(twin)[lang]).toBe(path);
      expect(head(path)).toContain(`<link rel="canonical" href="${new URL(path, site.url).href}"`);
    },
  );
});

describe('the language switch', () => {
  test.each(pages)('on %s goes to its twin, named in the twin’s language', async (path) => {
    const page = await openPage(browser, path, { javaScriptEnabled: false });
    const lang = langOf(path)!;
    const other = lang === 'en' ? 'es' : 'en';
    const link = page.locator(`header a[hreflang="${other}"]`);
    expect(await link.getAttribute('lang')).toBe(other);
    await link.click();
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).pathname).toBe(alternates(path)[other]);
    expect(await page.locator('html').getAttribute('lang')).toBe(other);
    await page.context().close();
  });
});

describe('Spanish pages', () => {
  const spanish = pages.filter((p) => langOf(p) === 'es');

  test('statute quotations stay in English, marked as such, each followed by an unofficial translation', async () => {
    const page = await openPage(browser, '/es/seccion-6103/', { javaScriptEnabled: false });
    const quotes = page.locator('blockquote[lang="en"]');
    expect(await quotes.count()).toBeGreaterThan(3);
    const after = await quotes.evaluateAll((qs) => qs.map((q) => q.nextElementSibling?.textContent ?? ''));
    expect(after.every((text) => /Traducción no oficial/.test(text))).toBe(true);
    await page.context().close();
  });

  test('a source title in English on a Spanish page is marked lang="en"', async () => {
    const page = await openPage(browser, '/es/contribuyentes-con-itin/', { javaScriptEnabled: false });
    expect(await page.locator('section[data-footnotes] a[lang="en"]').count()).toBeGreaterThan(10);
    await page.context().close();
  });

  test('every Spanish page is in Spanish', () => {
    expect(spanish.length).toBeGreaterThan(10);
    for (const path of spanish) expect(path.startsWith('/es/'), path).toBe(true);
  });
});
