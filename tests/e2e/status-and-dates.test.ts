import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { readContent } from '../../src/content/check.ts';

const articles = readContent(process.cwd()).entries.get('articles')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const phone = { viewport: { width: 375, height: 812 }, javaScriptEnabled: false };
const statusLine = (page: Page) =>
  page.locator('p', { hasText: /^\s*(Status as of June 8, 2026|Situación al 8 de junio de 2026):/ });
const live = ['/irs-ice-agreement/', '/itin-filers/', '/section-6103/'];
const liveEs = ['/es/acuerdo-irs-ice/', '/es/contribuyentes-con-itin/', '/es/seccion-6103/'];

describe('the status line', () => {
  const english = /^Status as of June 8, 2026: two court orders .+\. See where each case stands$/;
  const spanish = /^Situación al 8 de junio de 2026: dos órdenes judiciales .+\. Vea en qué punto está cada caso$/;
  test.each([
    ...['/', ...live].map((path) => ({ path, words: english })),
    ...['/es/', ...liveEs].map((path) => ({ path, words: spanish })),
  ])('$path shows it once, in its language, on the first screen of a phone', async ({ path, words }) => {
    const page = await openPage(browser, path, phone);
    const line = statusLine(page);
    expect(await line.count()).toBe(1);
    const box = await line.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(812);
    expect(await line.innerText()).toMatch(words);
    // The page's own language: no lang attribute marks the line as foreign.
    expect(await line.getAttribute('lang')).toBeNull();
    await page.context().close();
  });

  test('is not on the history article, which has no live content', async () => {
    const page = await openPage(browser, '/tax-reform-act-1976/', phone);
    expect(await statusLine(page).count()).toBe(0);
    await page.context().close();
  });

  test('leads to the cases table, one row per lawsuit and appeal, each status dated', async () => {
    const page = await openPage(browser, '/section-6103/', phone);
    await statusLine(page).getByRole('link', { name: 'See where each case stands' }).click();
    expect(new URL(page.url()).pathname).toBe('/irs-ice-agreement/');
    expect(new URL(page.url()).hash).toBe('#the-three-lawsuits');
    const table = page.getByRole('table', { name: 'The lawsuits and appeals over the IRS–ICE agreement' });
    expect(await table.getByRole('columnheader', { name: 'Where it stood on June 8, 2026' }).count()).toBe(1);
    const rows = table.getByRole('rowheader');
    expect(await rows.allInnerTexts()).toEqual([
      'Centro de Trabajadores Unidos v. Bessent',
      'Centro de Trabajadores Unidos v. Bessent (appeal)',
      'Center for Taxpayer Rights v. IRS',
      'Center for Taxpayer Rights v. IRS (appeal)',
      'Community Economic Development Center of Southeastern Massachusetts v. Bessent',
    ]);
    await page.context().close();
  });

  test('every case in the cases table leads to the section that tells it, with its sources', async () => {
    const page = await openPage(browser, '/irs-ice-agreement/', phone);
    const table = page.getByRole('table', { name: 'The lawsuits and appeals over the IRS–ICE agreement' });
    const links = table.getByRole('rowheader').getByRole('link');
    expect(await links.count()).toBe(5);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      const section = page.locator(`[id="${new URL(href, 'http://x').hash.slice(1)}"]`);
      expect(await section.count(), href).toBe(1);
      expect(await section.evaluate((h) => /^H[23]$/.test(h.tagName))).toBe(true);
    }
    await page.context().close();
  });
});

describe('the dates of an article', () => {
  test.each([
    ...[...live, '/tax-reform-act-1976/'].map((path) => ({
      path,
      words: /Facts last checked \w+ \d{1,2}, 20\d\d against sources up to June 8, 2026/,
    })),
    ...liveEs.map((path) => ({
      path,
      words: /Última revisión de los datos \d{1,2} de \w+ de 20\d\d con fuentes de hasta el 8 de junio de 2026/,
    })),
  ])('$path says, in its language, the check was against sources up to June 8, 2026', async ({ path, words }) => {
    const page = await openPage(browser, path, phone);
    const dates = await page.locator('.tp-article-end .tp-meta').innerText();
    expect(dates.replace(/\s+/g, ' ')).toMatch(words);
    await page.context().close();
  });
});

describe('the record of changes', () => {
  test.each(live)('%s lists every change at the end, dated, each leading to its section', async (path) => {
    const changes = (articles.get(`en/${path.slice(1, -1)}`)!.data.changes ?? []) as unknown[];
    const page = await openPage(browser, path, phone);
    const section = page.getByRole('region', { name: 'Changes to this page' });
    const items = section.getByRole('listitem');
    expect(await items.count()).toBe(changes.length);
    for (const text of await items.allInnerTexts())
      expect(text).toMatch(/^\w+ \d{1,2}, 20\d\d, (correction|update): .+ \(.+\)$/);
    for (const link of await section.getByRole('link').all()) {
      const href = (await link.getAttribute('href'))!;
      expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
    }
    // It comes after the footnotes, with the article's dates; only the citation box and print's QR code follow.
    const order = await page.evaluate(() => {
      const notes = document.querySelector('.tp-prose [data-footnotes], .tp-prose .footnotes');
      const list = document.querySelector('[aria-labelledby="changes"]');
      return notes && list ? notes.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await page.locator('.tp-article-end [aria-labelledby="changes"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('the timeline', () => {
  test('ends the present era with where each case stood, each with its date', async () => {
    const page = await openPage(browser, '/timeline/', phone);
    const section = page.getByRole('region', { name: 'Where the cases stood (June 8, 2026)' });
    const items = await section.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(5);
    for (const item of items) expect(item).toMatch(/\): As of June 8, 2026, .+\.\nSources: .+/);
    await page.context().close();
  });
});
