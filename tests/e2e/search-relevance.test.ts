import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, baseURL } from './browser.ts';
import { pageFile } from '../../src/build/built-pages.ts';
import { isLang } from '../../src/site.ts';
import { searchPath } from '../../src/paths.ts';
import { allSectionHits, builtMentions, openAndCheckLanding, openSearch, sectionHits } from './search-helpers.ts';

/**
 * Relevance: realistic reader queries, one file per language in tests/search-queries/ (<lang>.yaml),
 * each run on that language's search page in Chromium, as a reader would. See en.yaml for the kinds
 * of entry: `expect` (an answer among the first results), `none` (the honest no-results answer) and
 * `all` (every section that mentions a name).
 */
interface QueryCase {
  query: string;
  expect?: string[];
  top?: number;
  none?: boolean;
  all?: string[];
}

const dir = join(import.meta.dirname, '..', 'search-queries');
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    lang: f.replace(/\.yaml$/, ''),
    cases: parse(readFileSync(join(dir, f), 'utf8')) as QueryCase[],
  }));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
});
afterAll(async () => browser?.close());

const results = (p: Page) => p.getByRole('list', { name: /search results|resultados/i });

describe.each(suites)('search in $lang', ({ lang, cases }) => {
  const path = isLang(lang) ? searchPath(lang) : undefined;
  const url = (query: string) => `${baseURL()}${path}?q=${encodeURIComponent(query)}`;
  const answers = cases.filter((c) => c.expect);
  const nones = cases.filter((c) => c.none);
  const names = cases.filter((c) => c.all);

  test('the suite has a search page to run on, every entry is of one kind, and English has at least 60', () => {
    expect(path && existsSync(pageFile(path)), `no search page for "${lang}"`).toBe(true);
    for (const c of cases) {
      const kinds = [c.expect, c.none, c.all].filter((k) => k !== undefined);
      expect(kinds.length, `"${c.query}" needs exactly one of expect, none, all`).toBe(1);
    }
    expect(cases.length).toBeGreaterThanOrEqual(lang === 'en' ? 60 : 1);
    if (lang === 'en') for (const kind of [answers, nones, names]) expect(kind.length).toBeGreaterThan(0);
  });

  test.skipIf(answers.length === 0).each(answers)(
    '"$query" shows an expected section among the first results',
    async ({ query, expect: expected, top = 3 }) => {
      await openSearch(page, url(query));
      const first = (await sectionHits(page)).slice(0, top);
      expect(
        first.some((h) => expected!.includes(h)),
        `first ${top}: ${first.join(', ')}`,
      ).toBe(true);
    },
  );

  test.skipIf(nones.length === 0).each(nones)(
    '"$query" gets the honest no-results answer and the closest topics',
    async ({ query }) => {
      await openSearch(page, url(query));
      expect(await results(page).count(), 'a result list').toBe(0);
      const closest = page.getByRole('region', { name: /closest topics|temas más cercanos/i });
      expect(await closest.getByRole('link').count()).toBeGreaterThan(0);
    },
  );

  test.skipIf(names.length === 0).each(names)(
    '"$query" returns every section that mentions it',
    async ({ query, all }) => {
      await openSearch(page, url(query));
      const hits = await allSectionHits(page);
      const wanted = new Set([...all!, ...builtMentions(query, lang)]);
      expect([...wanted].filter((s) => !hits.includes(s))).toEqual([]);
    },
  );

  test.skipIf(answers.length === 0).each(answers)(
    '"$query": opening the first section result shows that section',
    async ({ query }) => {
      await openSearch(page, url(query));
      const first = results(page).locator(':scope > li > ul a').first();
      const expectedHash = new URL((await first.getAttribute('href'))!, baseURL()).hash.split(':~:')[0];
      const landing = await openAndCheckLanding(page, first);
      expect(landing.hash).toBe(decodeURIComponent(expectedHash));
      expect(landing.inView, landing.hash).toBe(true);
    },
  );
});
