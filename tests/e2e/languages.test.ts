import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, builtPages, langOf } from './browser.ts';
import { pageFile } from '../../src/build/built-pages.ts';
import { site } from '../../src/site.ts';
import { isLaterListPage } from '../../src/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const html = (path: string) => readFileSync(pageFile(path), 'utf8');
const head = (path: string) => html(path).split('</head>')[0];
/**
 * Pages that have a language version of their own: not the error page (it speaks every language at once)
 * nor the helper pages that frames load (they are not for reading, and say noindex), nor a later page of a
 * paginated list ("/updates/2/"): each language's list has its own length, so its pages have no twins.
 */
const pages = builtPages().filter(
  (p) => !p.endsWith('.html') && !isLaterListPage(p) && !head(p).includes('<meta name="robots" content="noindex"'),
);
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

  // The timeline, glossary and statute write their links once, to English pages; a Spanish reader follows
  // them to the Spanish version. Only the links that offer the English version (hreflang="en") leave.
  test.each(builtPages().filter((p) => p.startsWith('/es/')))(
    '%s links only to Spanish pages, and names each link in words',
    (path) => {
      const links = [...html(path).matchAll(/<a\b([^>]*)\shref="(\/[^"]*)"([^>]*)>([^<]*)/g)].map((m) => ({
        attributes: m[1] + m[3],
        href: m[2],
        text: m[4],
      }));
      const leaving = links.filter((l) => !l.href.startsWith('/es/') && !/\shreflang="en"/.test(l.attributes));
      // The page's own helpers and files: the tools frame's form target and the feeds are not pages to read.
      expect(leaving.filter((l) => !/^\/(tools|_astro|og|pagefind)\//.test(l.href)).map((l) => l.href)).toEqual([]);
      expect(links.filter((l) => l.text.startsWith('/')).map((l) => l.text)).toEqual([]);
    },
  );
});

describe('the same section in the other language', () => {
  /** Every heading's id on a built page, each with where its twin link goes ("" when it has none). */
  const sectionTwins = (path: string) =>
    new Map(
      [
        ...html(path).matchAll(
          /<a class="tp-anchor" href="#([^"]+)"[^>]*><\/a>(?:<a class="tp-twin" href="([^"]+)")?/g,
        ),
      ].map((m) => [m[1], m[2] ?? '']),
    );

  // Pages whose headings have section links (articles and the reference pages); the others have no
  // sections a reader could be sent to.
  const withSections = pages.filter((p) => html(p).includes('class="tp-anchor"'));

  test('the articles and reference pages all have section links', () => {
    expect(withSections.length).toBeGreaterThanOrEqual(16);
  });

  test.each(withSections)('every heading of %s links the same section of its twin, and the twin links back', (path) => {
    const lang = langOf(path)!;
    const twin = alternates(path)[lang === 'en' ? 'es' : 'en'];
    const here = sectionTwins(path);
    const there = sectionTwins(twin);
    for (const [id, href] of here) {
      expect(href, `#${id}`).toBe(`${twin}#${id}`);
      expect(there.get(id), `${twin} has #${id} and links it back`).toBe(`${path}#${id}`);
    }
  });

  test.each([
    ['/section-6103/', 'what-does--6103-say'],
    ['/es/seccion-6103/', 'what-does--6103-say'],
    ['/law/6103/', 'i-2'],
    ['/glossary/', 'return-information'],
  ])(
    'a reader who arrives at %s#%s sees the link under that heading and lands on the same section',
    async (path, id) => {
      const page = await openPage(browser, `${path}#${id}`, { javaScriptEnabled: false });
      const heading = page.locator(`[id="${id}"]`);
      const link = page.locator('.tp-heading').filter({ has: heading }).locator('.tp-twin');
      expect(await link.isVisible()).toBe(true);
      // The others stay out of sight (clipped to a pixel) until focused.
      const shown = await page
        .locator('.tp-twin')
        .evaluateAll((ls) => ls.filter((l) => l.getBoundingClientRect().width > 1).length);
      expect(shown).toBe(1);
      await link.click();
      await page.waitForLoadState('domcontentloaded');
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
      const box = await page.locator(`[id="${id}"]`).boundingBox();
      // The heading is on screen (its top may sit a fraction of a pixel above the edge).
      expect(box && box.y + box.height > 0 && box.y < (page.viewportSize()?.height ?? 0), `#${id} at ${box?.y}`).toBe(
        true,
      );
      await page.context().close();
    },
  );
});
