import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, builtPages, axeViolations } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  test.each(builtPages())('%s has no violations', async (path) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const page = await openPage(browser, path, { colorScheme, viewport });
      expect(await axeViolations(page), `${path} at ${viewport.width}px`).toEqual([]);
      await page.context().close();
    }
  });
});
