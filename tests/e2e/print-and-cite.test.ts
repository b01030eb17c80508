import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { launchBrowser, openPage, articlePages, baseURL } from './browser.ts';
import { site, type Lang } from '../../src/site.ts';
import { absoluteUrl } from '../../src/paths.ts';
import { t } from '../../src/i18n/translate.ts';
import { copiedText, recordCopies } from './reader.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const articles = articlePages();
/** An article's language, from its path ("/es/…" is Spanish). */
const langOf = (path: string): Lang => (path.startsWith('/es/') ? 'es' : 'en');
/** One article per language, for the tests that need not run on every page. */
const onePerLanguage = [...new Map(articles.map((p) => [langOf(p), p])).values()];

describe.each(articles)('%s printed', (path) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(browser, path, { javaScriptEnabled: false });
  });
  afterAll(async () => page.context().close());

  const lang = langOf(path);
  const url = absoluteUrl(site.url, path);
  const qrName = t(lang, 'print.qrLabel', { url });

  test('on screen, the QR code and its caption are neither shown nor announced', async () => {
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('img', { name: qrName }).count()).toBe(0);
    expect(await page.locator('.tp-qr').isVisible()).toBe(false);
  });

  test('keeps title, dates and body, and drops navigation, search, buttons and section-link marks', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('.tp-article-head .tp-meta').isVisible()).toBe(true);
    expect(await page.locator('.tp-article-end .tp-meta').isVisible()).toBe(true);
    expect(await page.locator('.tp-prose').isVisible()).toBe(true);
    for (const nav of await page.getByRole('navigation').all()) expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('search').isVisible()).toBe(false);
    for (const button of await page.locator('button').all()) expect(await button.isVisible()).toBe(false);
    for (const mark of await page.locator('.tp-anchor').all()) expect(await mark.isVisible()).toBe(false);
  });

  test('prints the full address after every source link in the notes', async () => {
    await page.emulateMedia({ media: 'print' });
    const links = await page
      .locator('[data-footnotes] a[href^="http"]')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
      );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link.after).toBe(`" <${link.href}>"`);
  });

  test('does not break inside tables, quotes or boxes', async () => {
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('table, blockquote, .tp-box')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
  });

  test('ends with a QR code that leads back to this page', async () => {
    await page.emulateMedia({ media: 'print' });
    const qr = page.getByRole('img', { name: qrName });
    expect(await qr.isVisible()).toBe(true);
    expect(await page.locator('.tp-qr').textContent()).toContain(url);
    const shot = await qr.screenshot({ timeout: 10_000 });
    const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
  });
});

describe.each(onePerLanguage)('Cite this page on %s', (path) => {
  const lang = langOf(path);
  const url = absoluteUrl(site.url, path);
  const region = t(lang, 'cite.title');

  test('the copy buttons put each citation on the clipboard and say so, loading their script only when pressed', async () => {
    const page = await openPage(browser, path, { permissions: ['clipboard-write'] });
    await recordCopies(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const historyBefore = await page.evaluate(() => history.length);
    const cite = page.getByRole('region', { name: region });
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    const updated = (await page.locator('.tp-article-end .tp-meta time').nth(1).textContent())?.trim() ?? '';
    const blank = t(lang, 'cite.dateBlank');

    await cite.getByRole('button', { name: t(lang, 'cite.copyPlain') }).click();
    await cite
      .getByRole('status')
      .filter({ hasText: t(lang, 'cite.copied') })
      .waitFor({ timeout: 15_000 });
    const plain = await copiedText(page);
    expect(plain).toBe(
      t(lang, 'cite.plainForm', { site: site.name[lang], title, date: updated, url, accessed: blank }),
    );
    if (lang === 'en') expect(plain).toBe(`${site.name.en}. “${title}.” Updated ${updated}. ${url}. Accessed [date].`);
    expect(requests.some((r) => r.endsWith('.js'))).toBe(true);

    await page.evaluate(() => ((window as unknown as { tpCopied?: string }).tpCopied = ''));
    await cite.getByRole('button', { name: t(lang, 'cite.copyLegal') }).click();
    // "<title>, <site> (<date>), <url> (last visited [date])." in the page's language.
    const [, tail] = t(lang, 'cite.legalForm').split('{url}');
    const legal = new RegExp(
      `^${escapeRegExp(title)}, ${escapeRegExp(site.name[lang])} \\([^)]*\\d{4}\\), ${escapeRegExp(url + tail.replace('{accessed}', blank))}$`,
    );
    await expect.poll(() => copiedText(page), { timeout: 15_000 }).toMatch(legal);
    // The frame's first page load replaces its blank document: the reader's Back button is not used up.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.context().close();
  });

  test('without JavaScript there are no copy buttons, and the citations are plain text to select', async () => {
    const page = await openPage(browser, path, { javaScriptEnabled: false });
    const cite = page.getByRole('region', { name: region });
    expect(await cite.getByRole('button').count()).toBe(0);
    expect(await cite.textContent()).toContain(url);
    await page.context().close();
  });

  test('links CSL-JSON with the same title, address and date', async () => {
    const page = await openPage(browser, path, { javaScriptEnabled: false });
    const href = await page.getByRole('link', { name: /CSL-JSON/ }).getAttribute('href');
    const res = await page.request.get(new URL(href ?? '', new URL(path, baseURL())).href);
    expect(res.status()).toBe(200);
    const [item] = (await res.json()) as Record<string, unknown>[];
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
    const updated = await page.locator('.tp-article-end .tp-meta time').nth(1).getAttribute('datetime');
    expect(item).toMatchObject({ type: 'webpage', title, URL: url, 'container-title': site.name[lang] });
    expect((item.issued as { 'date-parts': number[][] })['date-parts'][0].join('-')).toBe(
      updated?.split('-').map(Number).join('-'),
    );
    await page.context().close();
  });
});
