import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, articlePages, builtPages } from './browser.ts';
import { pageFile } from '../../src/build/built-pages.ts';
import { phone } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test.each(builtPages())('on %s "§" and "§§" never end a line apart from their number', async (path) => {
  const page = await openPage(browser, path, { viewport: phone, javaScriptEnabled: false });
  const loose = await page
    .locator('body')
    .evaluate((body) => ((body as HTMLElement).innerText.match(/§§? +\d[^\s]*/g) ?? []).slice(0, 5));
  expect(loose).toEqual([]);
  await page.context().close();
});

test('a source title in Spanish is marked lang="es" wherever it is cited', async () => {
  const spanish = builtPages().flatMap((path) =>
    [...readFileSync(pageFile(path), 'utf8').matchAll(/<a ([^>]*)>([^<]+)<\/a>/g)]
      // A link with hreflang is a language switch (the page or a section in Spanish), not a source.
      .filter((m) => /\blang="es"/.test(m[1]) && !/\bhreflang=/.test(m[1]))
      .map((m) => [path, m[2]]),
  );
  expect(spanish.length).toBeGreaterThan(3);
  const page = await openPage(browser, '/sources/', { javaScriptEnabled: false });
  for (const [, title] of spanish) {
    const link = page.getByRole('link', { name: title, exact: true }).first();
    expect(await link.getAttribute('lang'), title).toBe('es');
  }
  await page.context().close();
  const cited = articlePages().some((p) => /lang="es"/.test(readFileSync(pageFile(p), 'utf8')));
  expect(cited).toBe(true);
});

test('glossary terms are headings with a jump list, and timeline eras too', async () => {
  const glossary = await openPage(browser, '/glossary/', { viewport: phone, javaScriptEnabled: false });
  const jump = glossary.getByRole('navigation', { name: 'Terms' }).getByRole('link');
  const terms = glossary
    .locator('main')
    .getByRole('heading', { level: 2 })
    .filter({ hasNotText: /^Terms$/ });
  expect(await jump.allInnerTexts()).toEqual(await terms.allInnerTexts());
  expect(await terms.count()).toBeGreaterThan(20);
  await glossary.context().close();

  const timeline = await openPage(browser, '/timeline/', { viewport: phone, javaScriptEnabled: false });
  const eras = timeline.getByRole('navigation', { name: 'Jump to an era' }).getByRole('link');
  const headings = await timeline.locator('section').getByRole('heading', { level: 2 }).allInnerTexts();
  expect((await eras.allInnerTexts()).map((t) => t.replace(/ \(\d+ events\).*$/, ''))).toEqual(headings);
  await timeline.context().close();
});
