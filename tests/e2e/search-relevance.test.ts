import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, baseURL } from './browser.ts';
import { pageFile } from '../../src/build/built-pages.ts';
import { isLang } from '../../src/site.ts';
import { searchPath } from '../../src/paths.ts';
import { openAndCheckLanding, openSearch, sectionHits } from './search-helpers.ts';

/**
 * Relevance: realistic reader queries, one file per language in tests/search-queries/ (<lang>.yaml),
 * each run on that language's search page in Chromium. One of a query's expected sections must be
 * among the first three sections shown.
 */
const dir = join(import.meta.dirname, '..', 'search-queries');
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    lang: f.replace(/\.yaml$/, ''),
    cases: parse(readFileSync(join(dir, f), 'utf8')) as { query: string; expect: string[] }[],
  }));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
});
afterAll(async () => browser?.close());

describe.each(suites)('search in $lang', ({ lang, cases }) => {
  const path = isLang(lang) ? searchPath(lang) : undefined;

  test('the suite has a search page to run on and at least 25 queries', () => {
    expect(path && existsSync(pageFile(path)), `no search page for "${lang}"`).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(lang === 'en' ? 25 : 1);
  });

  test.each(cases)('"$query" shows an expected section among the first three', async ({ query, expect: expected }) => {
    await openSearch(page, `${baseURL()}${path}?q=${encodeURIComponent(query)}`);
    const hits = await sectionHits(page);
    const top = hits.slice(0, 3);
    expect(
      top.some((h) => expected.includes(h)),
      `first three: ${top.join(', ')}`,
    ).toBe(true);
  });

  test.each(cases)('"$query": opening the first section result shows that section', async ({ query }) => {
    await openSearch(page, `${baseURL()}${path}?q=${encodeURIComponent(query)}`);
    const first = page
      .getByRole('list', { name: /search results|resultados/i })
      .locator(':scope > li > ul a')
      .first();
    const expectedHash = new URL((await first.getAttribute('href'))!, baseURL()).hash.split(':~:')[0];
    const landing = await openAndCheckLanding(page, first);
    expect(landing.hash).toBe(decodeURIComponent(expectedHash));
    expect(landing.inView, landing.hash).toBe(true);
  });
});
