import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, articlePages, pageBudgets } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const article = articlePages('en')[0];

test('the first Tab reaches the skip link, and it moves focus to the main content', async () => {
  const page = await openPage(browser, article);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.innerText()).toMatch(/skip to main content/i);
  expect(await focused.isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  // Following the link is a navigation within the page, which a busy machine can finish after the key.
  await expect.poll(() => new URL(page.url()).hash, { timeout: pageBudgets.action }).toBe('#main-content');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: pageBudgets.action })
    .toBe('main-content');
  await page.context().close();
});

test('every element reached by Tab shows a visible focus indicator', async () => {
  const page = await openPage(browser, article, { viewport: { width: 1280, height: 900 } });
  const total = await page.locator('a[href], [tabindex="0"], button, input').count();
  const seen = new Set<string>();
  for (let i = 0; i < total + 1; i += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        key: `${el.tagName}:${el.getAttribute('href') ?? ''}:${r.top + window.scrollY}:${r.left}`,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: r.width > 0 && r.height > 0,
      };
    });
    if (!info) break;
    if (seen.has(info.key)) break;
    seen.add(info.key);
    expect(info, info.key).toMatchObject({ outline: true, visible: true });
  }
  expect(seen.size).toBeGreaterThan(10);
  await page.context().close();
});
