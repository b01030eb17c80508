import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, builtPages, baseURL } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test.each(builtPages())('%s makes no third-party request and sets no cookie or storage', async (path) => {
  const context = await browser.newContext();
  const origin = new URL(baseURL()).origin;
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  const page = await context.newPage();
  const response = await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
  expect(response?.headers()['set-cookie']).toBeUndefined();
  expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  const outbound = await page
    .locator('a[href^="http"]')
    .evaluateAll((links) =>
      links
        .filter((a) => !(a as HTMLAnchorElement).relList.contains('noreferrer'))
        .map((a) => (a as HTMLAnchorElement).href),
    );
  expect(outbound).toEqual([]);
  await context.close();
});
