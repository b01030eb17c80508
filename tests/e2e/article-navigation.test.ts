import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, articlePages } from './browser.ts';
import { topInViewport } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const article = articlePages('en')[0];

describe(`reading ${article}`, () => {
  test('a footnote reference jumps to its note, and the back-link returns to the text', async () => {
    const page = await openPage(browser, article);
    const ref = page.locator('.tp-prose a[href^="#fn-"]').first();
    const target = (await ref.getAttribute('href'))!;
    await ref.click();
    expect(new URL(page.url()).hash).toBe(target);
    expect(await topInViewport(page, target)).toBe(true);
    const noteText = await page.locator(target).innerText();
    expect(noteText.length).toBeGreaterThan(20);

    const back = page.locator(`${target} a[href^="#fnref-"]`).first();
    const backTarget = (await back.getAttribute('href'))!;
    await back.click();
    expect(new URL(page.url()).hash).toBe(backTarget);
    expect(await topInViewport(page, backTarget)).toBe(true);
    await page.context().close();
  });

  test('a heading link puts its #id in the URL and lands on the heading', async () => {
    const page = await openPage(browser, article);
    const heading = page.locator('.tp-prose h2[id]').nth(1);
    const id = (await heading.getAttribute('id'))!;
    const link = page.getByRole('link', { name: `Link to section: ${await heading.innerText()}`, exact: true });
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(await topInViewport(page, `[id="${id}"]`)).toBe(true);
    const background = await heading.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  test('the table of contents works with JavaScript disabled', async () => {
    const page = await openPage(browser, article, { javaScriptEnabled: false });
    const toc = page.getByRole('navigation', { name: /on this page/i });
    const links = toc.getByRole('link');
    // Folded on a phone: one tap on "On this page" opens it, with no script.
    expect(await links.count()).toBe(0);
    await toc.getByText('On this page').click();
    expect(await links.count()).toBeGreaterThan(3);
    const last = links.nth((await links.count()) - 2);
    const hash = (await last.getAttribute('href'))!;
    await last.click();
    expect(new URL(page.url()).hash).toBe(hash);
    expect(await topInViewport(page, `[id="${hash.slice(1)}"]`)).toBe(true);
    await page.context().close();
  });

  test('a shared link to a section opens with that section in view', async () => {
    const page = await openPage(browser, article);
    const id = (await page.locator('.tp-prose h2[id]').last().getAttribute('id'))!;
    await page.context().close();
    const shared = await openPage(browser, `${article}#${id}`);
    expect(await topInViewport(shared, `[id="${id}"]`)).toBe(true);
    await shared.context().close();
  });
});
