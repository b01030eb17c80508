import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, builtPages, axeViolations, baseURL } from './browser.ts';
import { openEveryFold } from './reader.ts';

const viewports = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

/**
 * axe-core on every built page (both languages) in one theme, on a phone (375 px) and a desktop (1280 px);
 * on the phone also with every fold open (the menu, In short, the table of contents), as a reader taps them.
 * One page per width is reused from page to page: a fresh browser context for each run costs more than the
 * check, and nothing a page stores could carry over (the site sets no cookie or storage; the privacy test
 * proves it). Each theme is its own test file, so the two run side by side on the suite's two workers.
 */
export function axeEveryPage(colorScheme: 'light' | 'dark'): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  describe.each(viewports)(`axe-core in the ${colorScheme} theme at $width px`, (viewport) => {
    let page: Page;
    beforeAll(async () => {
      const context = await browser.newContext({ colorScheme, viewport });
      page = await context.newPage();
    });
    afterAll(async () => page?.context().close());

    test.each(builtPages())('%s has no violations', async (path) => {
      await page.goto(new URL(path, baseURL()).href);
      expect(await axeViolations(page), `${path} at ${viewport.width}px, ${colorScheme}`).toEqual([]);
      if (viewport.width < 400) {
        await openEveryFold(page);
        expect(await axeViolations(page), `${path} at ${viewport.width}px, ${colorScheme}, folds open`).toEqual([]);
      }
    });
  });
}
