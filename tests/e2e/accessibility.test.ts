import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, builtPages, axeViolations } from './browser.ts';
import { openEveryFold } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  test.each(builtPages())('%s has no violations at 375 and 1280 px, folded and with every fold open', async (path) => {
    for (const viewport of [
      { width: 375, height: 812 },
      { width: 1280, height: 900 },
    ]) {
      const page = await openPage(browser, path, { colorScheme, viewport });
      expect(await axeViolations(page), `${path} at ${viewport.width}px`).toEqual([]);
      if (viewport.width === 375) {
        // The menu, In short and the table of contents, opened as a reader taps them.
        await openEveryFold(page);
        expect(await axeViolations(page), `${path} at 375px, folds open`).toEqual([]);
      }
      await page.context().close();
    }
  });
});
