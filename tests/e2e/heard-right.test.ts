import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, builtPages, articlePages } from './browser.ts';
import { accessibilityTree, openEveryFold, phone, say } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * A link name made only of digits, punctuation or symbols ("4", "#", "↩") tells a listener nothing. A
 * citation such as "§ 7213" is read "section 7213", so it names its target.
 */
const meaningless = (name: string) => /^[\p{N}\p{P}\p{S}\s]*$/u.test(name) && !/^§§?\s?\d/.test(name);

describe.each(builtPages())('what a screen reader hears on %s', (path) => {
  test('every heading is named by its own words, once, and no link by a number or a symbol alone', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    await openEveryFold(page);
    const texts = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) =>
        hs.filter((h) => h.checkVisibility()).map((h) => (h as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      );
    const tree = await accessibilityTree(page);
    // Chromium lists the subtree of a <details> opened after load at the end, so compare as sets.
    expect(
      tree
        .filter((n) => n.role === 'heading')
        .map((n) => n.name)
        .sort(),
    ).toEqual(texts.sort());
    const links = tree.filter((n) => n.role === 'link');
    expect(links.filter((n) => meaningless(n.name)).map((n) => n.name || '(empty)')).toEqual([]);
    await page.context().close();
  });
});

describe.each(articlePages())('section links on %s', (path) => {
  test('sit beside every h2 and h3, not inside, named after the heading, and show on hover and focus', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    const headings = page.locator('.tp-prose :is(h2, h3)');
    expect(await headings.count()).toBeGreaterThan(5);
    for (const heading of await headings.all()) {
      const id = (await heading.getAttribute('id'))!;
      const text = await heading.innerText();
      expect(await heading.getByRole('link').count(), text).toBe(0);
      const link = page.getByRole('link', { name: say(path, 'article.headingLink', { heading: text }), exact: true });
      expect(await link.count(), text).toBe(1);
      expect(await link.getAttribute('href'), text).toBe(`#${id}`);
      expect(await link.isVisible(), text).toBe(true);
    }
    const link = page.locator('.tp-prose .tp-anchor').nth(1);
    const muted = await link.evaluate((el) => getComputedStyle(el).color);
    await link.hover();
    const hovered = await link.evaluate((el) => getComputedStyle(el).color);
    expect(hovered).not.toBe(muted);
    await link.focus();
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.context().close();
  });
});

test('statute subsections, glossary terms, timeline eras and events each have a stable id and a visible link', async () => {
  const cases = [
    { path: '/law/6103/', id: 'i-2-B', name: /^Link to section: § 6103\(i\)\(2\)\(B\)/ },
    { path: '/glossary/', id: 'itin', name: 'Link to section: ITIN' },
    { path: '/timeline/', id: '2026', name: /^Link to section: 2026/ },
  ];
  for (const { path, id, name } of cases) {
    const page = await openPage(browser, path, { viewport: phone, javaScriptEnabled: false });
    const link = page.getByRole('link', { name }).first();
    expect(await link.count(), path).toBe(1);
    expect(await link.getAttribute('href'), path).toBe(`#${id}`);
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await page.context().close();
  }
  const timeline = await openPage(browser, '/timeline/', { viewport: phone, javaScriptEnabled: false });
  const events = timeline.locator('ol.tp-timeline > li');
  const count = await events.count();
  const linked = await timeline
    .getByRole('link', { name: /^Link to event: / })
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(linked.length).toBe(count);
  const ids = await events.evaluateAll((lis) => lis.map((li) => `#${li.id}`));
  expect(linked).toEqual(ids);
  await timeline.context().close();
});
