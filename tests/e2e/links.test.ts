import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, builtPages, baseURL } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Ids on each page, fetched once. */
const idsCache = new Map<string, Set<string> | null>();

test.each(builtPages())('every internal link on %s reaches a page and, if named, an anchor', async (path) => {
  const page = await openPage(browser, path, { javaScriptEnabled: false });
  const origin = new URL(baseURL()).origin;
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const broken: string[] = [];
  for (const href of new Set(hrefs.filter((h) => h.startsWith(origin)))) {
    const url = new URL(href);
    const key = url.pathname;
    if (!idsCache.has(key)) {
      const res = await page.request.get(`${origin}${key}`);
      const html = res.ok() ? await res.text() : null;
      idsCache.set(key, html ? new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])) : null);
    }
    const ids = idsCache.get(key);
    if (!ids) broken.push(`${href} (no page)`);
    else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${href} (no anchor)`);
  }
  expect(broken).toEqual([]);
  await page.context().close();
});
