import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, articlePages, builtPages, baseURL } from './browser.ts';
import { phone, say } from './reader.ts';
import { pageToolsPath, updatesPath } from '../../src/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('moving on from an article', () => {
  test('each article ends its text with the next article and two related pages, before its sources', async () => {
    const nexts: string[] = [];
    for (const path of articlePages()) {
      const page = await openPage(browser, path, { viewport: phone, javaScriptEnabled: false });
      const nav = page.getByRole('navigation', { name: say(path, 'article.keepReading') });
      const items = await nav.getByRole('listitem').allInnerTexts();
      expect(items.length, path).toBe(3);
      expect(items[0].startsWith(`${say(path, 'article.next')} `)).toBe(true);
      for (const item of items.slice(1)) expect(item.startsWith(`${say(path, 'article.related')} `), item).toBe(true);
      const hrefs = await nav
        .getByRole('listitem')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(new Set(hrefs).size, path).toBe(3);
      expect(hrefs).not.toContain(path);
      for (const href of hrefs) expect((await page.request.get(new URL(href, baseURL()).href)).ok(), href).toBe(true);
      nexts.push(hrefs[0]);
      // Between the end of the text and the notes, in reading order.
      const order = await page.evaluate(() => {
        const nav = document.getElementById('keep-reading')!;
        const sources = document.getElementById('footnote-label')!;
        const lastSection = [...document.querySelectorAll('.tp-prose p')]
          .filter((p) => !p.closest('[data-footnotes]'))
          .at(-1)!;
        return [
          lastSection.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING,
          nav.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING,
        ];
      });
      expect(order.every(Boolean), path).toBe(true);
      await page.context().close();
    }
    // Following "Next article" from any article visits every article of its language once before coming back.
    expect([...nexts].sort()).toEqual([...articlePages()].sort());
  });
});

describe('the header on a phone, without JavaScript', () => {
  test('its menu reaches every section of the site', async () => {
    const page = await openPage(browser, '/itin-filers/', { viewport: phone, javaScriptEnabled: false });
    const menu = page.getByRole('navigation', { name: 'Main' });
    expect(await menu.getByRole('link').count()).toBe(0);
    await page.locator('.tp-header').getByText('Menu', { exact: true }).click();
    const links = menu.getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // Every English page but the search (the header has its own field), the helper page the tools frame loads,
    // the list of changes (its pages), which every page's footer links, and the list of all articles.
    const sections = builtPages().filter(
      (p) =>
        !p.endsWith('.html') &&
        !p.startsWith('/es/') &&
        p !== '/search/' &&
        p !== pageToolsPath &&
        !p.startsWith(updatesPath('en')) &&
        // The paginated list of every article: the menu names the articles themselves.
        !p.startsWith('/articles/') &&
        !p.endsWith('.xml'),
    );
    expect([...hrefs].sort()).toEqual([...sections].sort());
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, await link.innerText()).toBeLessThanOrEqual(phone.height);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(await menu.getByRole('link', { name: 'ITIN filers' }).getAttribute('aria-current')).toBe('page');
    await menu.getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(/\/glossary\/$/);
    await page.context().close();
  });

  test('on a wide screen the same links show as a row, with no control to open', async () => {
    const page = await openPage(browser, '/itin-filers/', { viewport: { width: 1280, height: 900 } });
    const menu = page.getByRole('navigation', { name: 'Main' });
    expect(await menu.getByRole('link', { name: 'Glossary' }).isVisible()).toBe(true);
    expect(await page.locator('.tp-header').getByText('Menu', { exact: true }).isVisible()).toBe(false);
    await page.context().close();
  });
});
