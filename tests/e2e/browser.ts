import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { builtPages, pageFile } from '../../src/build/built-pages.ts';

export { launchBrowser } from '../../scripts/lib/chromium.ts';
export { builtPages };

export function baseURL(): string {
  return inject('baseURL');
}

/** A page in a fresh context (no shared cookies or storage), phone-sized unless told otherwise. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, baseURL()).href);
  return page;
}

/** Article pages: every built page but the home page and the error page. */
export function articlePages(): string[] {
  return builtPages().filter((p) => !p.endsWith('.html') && isArticle(p));
}

function isArticle(path: string): boolean {
  return /class="[^"]*\btp-article\b/.test(readFileSync(pageFile(path), 'utf8'));
}

/** axe-core's source, injected into pages under test. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
