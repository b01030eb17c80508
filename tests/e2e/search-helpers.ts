import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { builtPages, pageFile } from '../../src/build/built-pages.ts';
import { pageSections } from '../../src/build/search/page-sections.ts';
import { homePath, referencePath, searchPath } from '../../src/paths.ts';
import { isLang } from '../../src/site.ts';

/** Opens a search page URL and waits until its results are final (the count is announced). */
export async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settled(page);
}

/** Waits for the current search to finish: results not busy, and the count in the status region. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    return status.trim() !== '' && !document.querySelector('#tp-search-results[aria-busy="true"]');
  });
}

/**
 * The sections the results show, in order, as "/page/#anchor" (text fragment removed): under each
 * page, its top-of-page excerpt (when shown under the page's own link), then its section links.
 */
export function sectionHits(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: /search results|resultados/i }).evaluate((list) =>
    [...list.children].flatMap((item) => {
      const links: HTMLAnchorElement[] = [];
      const top = item.querySelector<HTMLAnchorElement>(':scope > h2 a');
      if (top && item.querySelector(':scope > p')) links.push(top);
      links.push(...item.querySelectorAll<HTMLAnchorElement>(':scope > ul a'));
      return links.map((a) =>
        decodeURIComponent(new URL(a.href).pathname + new URL(a.href).hash)
          .split(':~:')[0]
          .replace(/#$/, ''),
      );
    }),
  );
}

/**
 * Every section the results show once the reader has pressed "Show all" (when there is such a
 * button), as `sectionHits` gives them.
 */
export async function allSectionHits(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: /show all|mostrar/i });
  if ((await more.count()) > 0) {
    await more.click();
    // The whole list and the button's removal are drawn in one task, so once the button is gone the
    // list is complete (counting links instead raced: page links made the count pass before the redraw).
    await more.waitFor({ state: 'detached' });
  }
  return sectionHits(page);
}

/** Text compared as the search compares it: lower case, without accents. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Every section of the built site (as the index cuts it: pages the index leaves out are left out
 * here too) whose heading or text contains `phrase`, as "/page/#anchor".
 */
export function builtMentions(phrase: string, lang: string): string[] {
  if (!isLang(lang)) return [];
  const skip = new Set([homePath(lang), searchPath(lang), referencePath(lang, 'sources')]);
  const wanted = fold(phrase);
  return builtPages().flatMap((url) => {
    if (skip.has(url) || url.endsWith('.html')) return [];
    const page = pageSections(readFileSync(pageFile(url), 'utf8'));
    if (!page || page.lang !== lang) return [];
    return page.sections
      .filter((s) => fold([s.heading, ...s.blocks].join(' ')).includes(wanted))
      .map((s) => (s.id ? `${url}#${s.id}` : url));
  });
}

/**
 * Opens a result link as a reader does (focus, Enter) and reports whether the section it names is on
 * screen: its heading at or above the bottom of the view, and the next section's start below the top.
 */
export async function openAndCheckLanding(
  page: Page,
  link: ReturnType<Page['locator']>,
): Promise<{ hash: string; inView: boolean }> {
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.includes('/search/'));
  await page.waitForLoadState('load');
  return page.evaluate(() => {
    const hash = decodeURIComponent(location.hash);
    const target = document.getElementById(hash.slice(1));
    if (!target) return { hash, inView: hash === '' };
    const starts = [...document.querySelectorAll('main [id]')].filter(
      (el) =>
        /^H[2-6]$/.test(el.tagName) || el.tagName === 'DT' || /^H[2-6]$/.test(el.firstElementChild?.tagName ?? ''),
    );
    const next = starts[starts.indexOf(target) + 1];
    const top = target.getBoundingClientRect().top;
    const bottom = next ? next.getBoundingClientRect().top : Infinity;
    return { hash, inView: top < innerHeight && bottom > 0 };
  });
}
