import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, baseURL, axeViolations } from './browser.ts';
import { copiedText, phone, recordCopies } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const path = '/itin-filers/';
const section = 'Should I still file my taxes?';
const sectionUrl = () => `${new URL(baseURL()).origin}${path}#should-i-still-file-my-taxes`;
const linkTo = (page: Page, name: string) => page.getByRole('link', { name: `Link to section: ${name}`, exact: true });
const bar = (page: Page, name: string) => page.getByRole('group', { name: `Copy or share a link to: ${name}` });

/** Points at a section link, as a mouse reaches it before pressing: that fetches the tool (its frame). */
async function pointAt(page: Page, link: ReturnType<Page['getByRole']>): Promise<void> {
  await link.hover();
  await expect.poll(() => page.frames().some((f) => new URL(f.url()).pathname === '/tools/')).toBe(true);
}

describe('copying a link to a section', () => {
  test('loads nothing until a section link is used; then "Copy link" puts the full URL on the clipboard and says so', async () => {
    const context = await browser.newContext({ viewport: phone, permissions: ['clipboard-write'] });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
    await recordCopies(page);
    expect(requests).toEqual([path]);

    const link = linkTo(page, section);
    await pointAt(page, link);
    expect(requests).toContain('/tools/');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#should-i-still-file-my-taxes');
    const copy = bar(page, section).getByRole('button', { name: 'Copy link' });
    await copy.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    expect(await copiedText(page)).toBe(sectionUrl());
    // The confirmation is in a live region that existed before it was filled, so it is announced.
    expect(await bar(page, section).getByRole('status').getAttribute('role')).toBe('status');
    await context.close();
  });

  test('a tap on a phone, before the tool has loaded, still opens the buttons for that section', async () => {
    const context = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
    await linkTo(page, 'Where can I get help?').tap();
    await expect.poll(() => bar(page, 'Where can I get help?').isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('#where-can-i-get-help');
    await context.close();
  });

  test('Escape closes the buttons and returns to the section link; another section link moves them', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    await pointAt(page, linkTo(page, section));
    await linkTo(page, section).click();
    const copy = bar(page, section).getByRole('button', { name: 'Copy link' });
    await expect.poll(() => copy.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await bar(page, section).count()).toBe(0);
    expect(await linkTo(page, section).evaluate((el) => el === document.activeElement)).toBe(true);
    await linkTo(page, 'What is an ITIN?').click();
    await expect.poll(() => bar(page, 'What is an ITIN?').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('where the Web Share API exists, "Share…" opens the share sheet with the section’s name and URL', async () => {
    const context = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
    // Chromium on Linux has no share sheet; stand in for the phone's, recording what it is given.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    const page = await context.newPage();
    await page.goto(new URL(path, baseURL()).href);
    await linkTo(page, section).tap();
    await bar(page, section).getByRole('button', { name: 'Share…' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: `${section} – ${await page.title()}`, url: sectionUrl() }]);
    await context.close();
  });

  test('without Web Share there is no "Share…" button, only "Copy link"', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await pointAt(page, linkTo(page, section));
    await linkTo(page, section).click();
    await expect.poll(() => bar(page, section).getByRole('button').allInnerTexts()).toEqual(['Copy link']);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('a section link is an ordinary link to the section, on articles and reference pages', async () => {
    for (const [where, name, hash] of [
      [path, `Link to section: ${section}`, '#should-i-still-file-my-taxes'],
      ['/law/6103/', /^Link to section: § 6103\(i\)\(2\)\(B\)/, '#i-2-B'],
    ] as const) {
      const page = await openPage(browser, where, { viewport: phone, javaScriptEnabled: false });
      await page.getByRole('link', { name }).first().click();
      expect(new URL(page.url()).hash).toBe(hash);
      expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
      await page.context().close();
    }
  });
});

test('the statute page offers the same buttons on its subsections', async () => {
  const context = await browser.newContext({ viewport: phone, permissions: ['clipboard-write'] });
  const page = await context.newPage();
  await page.goto(new URL('/law/6103/', baseURL()).href);
  await recordCopies(page);
  const link = page.getByRole('link', { name: /^Link to section: § 6103\(i\)\(2\)\(B\)/ });
  await pointAt(page, link);
  await link.click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => copiedText(page)).toBe(`${new URL(baseURL()).origin}/law/6103/#i-2-B`);
  await context.close();
});
