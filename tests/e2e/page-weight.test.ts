import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, articlePages, baseURL } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test.each(articlePages())('%s loads in one request and runs no JavaScript', async (path) => {
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
  expect(requests).toEqual([new URL(path, baseURL()).href]);
  expect(await page.locator('script').count()).toBe(0);
  await context.close();
});
