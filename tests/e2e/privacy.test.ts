import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, builtPages, baseURL } from './browser.ts';

/** Source URLs that the registry marks `httpOnly: true` (the publisher has no https copy). */
const httpOnlySources = new Set(
  readdirSync('content/sources')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap(
      (f) => (parse(readFileSync(join('content/sources', f), 'utf8')) ?? []) as { url?: string; httpOnly?: boolean }[],
    )
    .filter((s) => s.httpOnly && s.url)
    .map((s) => new URL(s.url!).href),
);

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
  // Every link out is https, except to a source the registry marks as having no https copy.
  const plainHttp = await page
    .locator('a[href^="http:"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(plainHttp.filter((href) => !httpOnlySources.has(href))).toEqual([]);
  await context.close();
});
