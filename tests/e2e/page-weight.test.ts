import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, articlePages, baseURL } from './browser.ts';
import { pageFile } from '../../src/build/built-pages.ts';
import { articleBudget } from '../../src/build/page-budget.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const brotli = (s: string) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test.each(articlePages())(
  '%s loads in one request, runs no JavaScript and stays within its byte budget',
  async (path) => {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
    expect(requests).toEqual([new URL(path, baseURL()).href]);
    // JSON-LD is a data block, not a script: the browser never runs it.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('iframe').evaluateAll((fs) => fs.filter((f) => f.checkVisibility()).length)).toBe(0);
    // The floor is the main text a reader can read, with its folds (In short, On this page) opened; the
    // budget over it is in src/build/page-budget.ts.
    await page.locator('main details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const floor = brotli(await page.locator('main').innerText());
    const references = await page.locator('main a[href^="#fn-"]').count();
    const weight = brotli(readFileSync(pageFile(path), 'utf8'));
    expect(weight).toBeLessThanOrEqual(articleBudget(floor, references));
    await context.close();
  },
);
