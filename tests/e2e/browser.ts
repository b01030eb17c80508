import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { builtPages, pageFile } from '../../src/build/built-pages.ts';
import { connectBrowser } from '../../scripts/browser/chromium.ts';

export { builtPages };

export function baseURL(): string {
  return inject('baseURL');
}

/**
 * Budgets for every page of every test, instead of Playwright's 30 s defaults: a local page loads and acts
 * in well under a second, seconds on a loaded 2-core machine; a step that needs more has hung.
 */
export const pageBudgets = { action: 20_000, navigation: 30_000 } as const;

/**
 * The run's one Chromium (started by global-setup.ts); call in beforeAll and close the connection in afterAll.
 * Every context it opens (through openPage or directly) gets the budgets above.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await connectBrowser(inject('browserEndpoint'));
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(pageBudgets.action);
    context.setDefaultNavigationTimeout(pageBudgets.navigation);
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // As Playwright's own browser.newPage(): the page owns its context.
    page.on('close', () => void context.close());
    return page;
  };
  return browser;
}

/** A page in a fresh context (no shared cookies or storage), phone-sized unless told otherwise. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, baseURL()).href);
  return page;
}

/** Article pages (in one language, if given): every built page that is an article. */
export function articlePages(lang?: string): string[] {
  return builtPages().filter((p) => !p.endsWith('.html') && isArticle(p) && (!lang || langOf(p) === lang));
}

/** The `<html lang>` of a built page. */
export function langOf(path: string): string | undefined {
  return /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(pageFile(path), 'utf8'))?.[1];
}

function isArticle(path: string): boolean {
  return /class="[^"]*\btp-article\b/.test(readFileSync(pageFile(path), 'utf8'));
}

/** The WCAG 2.2 AA rules and axe's best practices, as every page is held to them. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations on the page as it is now, one line each ("rule (impact): first targets"). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are collected: gathering every passing node too (axe's default) doubles the time.
  const { violations } = await new AxeBuilder({ page })
    .withTags(axeTags)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
