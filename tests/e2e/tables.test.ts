import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, articlePages } from './browser.ts';
import { accessibilityTree } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const withTables = articlePages().filter((p) => !/itin/.test(p));

describe.each(withTables)('tables on %s', (path) => {
  test('at 320 px, fit without page overflow, each with a visible caption and every column shown and named', async () => {
    const page = await openPage(browser, path, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const tables = page.getByRole('table');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      const caption = table.locator('caption');
      expect(await caption.isVisible()).toBe(true);
      expect((await caption.innerText()).length).toBeGreaterThan(10);
      const problems = await table.evaluate((el) => {
        const out: string[] = [];
        const headers = [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
        for (const row of el.querySelectorAll('tbody tr')) {
          // A row may lead with its header cell (th scope="row"); columns count every cell.
          [...row.children].forEach((td, i) => {
            if (td.tagName !== 'TD') return;
            const r = td.getBoundingClientRect();
            if (r.left < 0 || r.right > innerWidth || r.width < 100)
              out.push(`column ${i + 1} at ${r.left}–${r.right}`);
            // A stacked card names each cell by its column; a two-column table stays a table.
            // The computed content is the label, then ' / ""' (empty alternative text: not read out twice).
            const label = getComputedStyle(td, '::before').content.split(' / ')[0].replace(/^"|"$/g, '');
            const stacked = getComputedStyle(td).display === 'block';
            if (stacked && label !== headers[i]) out.push(`cell ${i + 1} is labelled "${label}", not "${headers[i]}"`);
          });
        }
        return out;
      });
      expect(problems).toEqual([]);
    }
    await page.context().close();
  });

  test('keep their table semantics as cards, and none is a scrolling, focusable region', async () => {
    const page = await openPage(browser, path, { viewport: { width: 375, height: 812 } });
    const tree = await accessibilityTree(page);
    expect(tree.filter((n) => n.role === 'table').length).toBe(await page.locator('table').count());
    expect(tree.filter((n) => n.role === 'columnheader').length).toBe(await page.locator('thead th').count());
    expect(tree.filter((n) => /scrolls sideways/.test(n.name))).toEqual([]);
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const overflowing = await page
        .locator('.tp-table')
        .evaluateAll((ws) => ws.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
      expect(overflowing, `${width} px`).toBe(0);
      expect(await page.locator('.tp-table[tabindex], table[tabindex]').count()).toBe(0);
    }
    await page.context().close();
  });
});
