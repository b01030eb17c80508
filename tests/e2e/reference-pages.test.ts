import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { topInViewport } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// Whether every link reaches its page and id is checked on the built site by the build itself (src/build/link-check.ts).

describe('the annotated statute', () => {
  test('a link to /law/6103/#i-2-A lands on that subsection, marked as the target', async () => {
    const page = await openPage(browser, '/law/6103/#i-2-A', { javaScriptEnabled: false });
    const heading = page.getByRole('heading', { level: 4, name: /§ 6103\(i\)\(2\)\(A\) In general/ });
    expect(await heading.count()).toBe(1);
    expect(await topInViewport(page, '[id="i-2-A"]')).toBe(true);
    expect(await heading.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  test('an article link to a subsection opens the statute there', async () => {
    const page = await openPage(browser, '/irs-ice-agreement/', { javaScriptEnabled: false });
    await page.locator('.tp-prose').getByRole('link', { name: '§ 6103(i)(2)(B)' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/law/6103/');
    expect(new URL(page.url()).hash).toBe('#i-2-B');
    expect(await topInViewport(page, '[id="i-2-B"]')).toBe(true);
    await page.context().close();
  });

  test('puts the note under the law’s words on a phone and beside them on a wide screen', async () => {
    const boxes = async (width: number) => {
      const page = await openPage(browser, '/law/6103/', { viewport: { width, height: 900 } });
      // The heading sits in its section-link wrapper, inside the part it names.
      const part = page.locator('[id="i-2-B"]').locator('xpath=../..');
      const words = (await part.getByText('The law’s words', { exact: true }).first().boundingBox())!;
      const note = (await part.getByText('What it means', { exact: true }).first().boundingBox())!;
      await page.context().close();
      return { words, note };
    };
    const phone = await boxes(390);
    expect(phone.note.y).toBeGreaterThan(phone.words.y + 100);
    const wide = await boxes(1280);
    expect(wide.note.x).toBeGreaterThan(wide.words.x + 300);
    expect(Math.abs(wide.note.y - wide.words.y)).toBeLessThan(40);
  });

  test('says where its words come from and links the official text', async () => {
    const page = await openPage(browser, '/law/6103/');
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^§ 6103\./ }) });
    expect(await section.getByText(/Version: The U\.S\. Code, title 26/).count()).toBe(1);
    expect(
      await section
        .getByRole('link', { name: /Office of the Law Revision Counsel/ })
        .first()
        .getAttribute('href'),
    ).toMatch(/^https:\/\/uscode\.house\.gov\//);
    await page.context().close();
  });
});

describe('the timeline', () => {
  test('every event links to the article section that tells it', async () => {
    const page = await openPage(browser, '/timeline/', { javaScriptEnabled: false });
    const events = page.locator('ol.tp-timeline > li');
    const count = await events.count();
    expect(count).toBeGreaterThan(50);
    const hrefs: string[] = [];
    for (let i = 0; i < count; i += 1) {
      // The first link is the event's own section link; the next is where the story is told.
      const told = events.nth(i).getByRole('link').nth(1);
      hrefs.push((await told.getAttribute('href'))!);
    }
    expect(hrefs.every((h) => h.startsWith('/'))).toBe(true);
    await page.context().close();
  });

  test('has a jump to now and an anchor for each era', async () => {
    const page = await openPage(browser, '/timeline/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: /Jump to now/ }).click();
    expect(new URL(page.url()).hash).toBe('#2026');
    expect(await topInViewport(page, '[id="2026"]')).toBe(true);
    const eras = page.getByRole('navigation', { name: 'Jump to an era' }).getByRole('link');
    expect(await eras.allInnerTexts()).toEqual([
      expect.stringMatching(/^1862–1976/),
      expect.stringMatching(/^1976–2024/),
      expect.stringMatching(/^2025/),
      expect.stringMatching(/^2026/),
    ]);
    await page.context().close();
  });

  test('the home page shows the latest three events, newest first, from the same data', async () => {
    const page = await openPage(browser, '/', { javaScriptEnabled: false });
    const latest = page.locator('h2#latest + ul > li');
    expect(await latest.count()).toBe(3);
    const dates = await latest.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates);
    const timeline = await openPage(browser, '/timeline/', { javaScriptEnabled: false });
    const last = await timeline.locator('ol.tp-timeline > li time').last().getAttribute('datetime');
    expect(dates[0]).toBe(last);
    await timeline.context().close();
    await page.context().close();
  });
});

describe('the sources page', () => {
  test('each source lists the article sections that cite it', async () => {
    const page = await openPage(browser, '/sources/', { javaScriptEnabled: false });
    const hrefs = await page.locator('.tp-cited-in a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(100);
    await page.context().close();
  });

  test('groups sources by kind, laws first, with primary sources first in each group', async () => {
    const page = await openPage(browser, '/sources/', { javaScriptEnabled: false });
    const groups = page.locator('main section');
    expect(await groups.first().getByRole('heading', { level: 2 }).innerText()).toBe('Laws and court rules');
    const news = groups.filter({ has: page.getByRole('heading', { name: 'News reports' }) });
    const primary = await news
      .locator('.tp-source-list > li')
      .evaluateAll((lis) =>
        lis.map((li) =>
          [...li.querySelectorAll('.tp-tag')].some((tag) => tag.textContent?.trim() === 'Primary source'),
        ),
      );
    expect(primary.indexOf(false)).toBeGreaterThanOrEqual(0);
    expect(primary.slice(primary.indexOf(false))).not.toContain(true);
    await page.context().close();
  });
});

describe('the glossary and the about page', () => {
  test('a shared link to a term lands on it', async () => {
    const page = await openPage(browser, '/glossary/#itin', { javaScriptEnabled: false });
    expect(await topInViewport(page, '[id="itin"]')).toBe(true);
    expect(await page.locator('[id="itin"]').innerText()).toBe('ITIN');
    await page.context().close();
  });

  test('the about page gives the date of the last full review and where to get advice', async () => {
    const page = await openPage(browser, '/about/', { javaScriptEnabled: false });
    expect(await page.getByText('Last full review of the site').count()).toBe(1);
    expect(await page.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByRole('link', { name: /clinic page/ }).getAttribute('href')).toBe(
      'https://taxpayeradvocate.irs.gov/litc',
    );
    await page.context().close();
  });

  test('every reference page, and the list of changes, is linked from the footer of every page', async () => {
    const page = await openPage(browser, '/section-6103/', { javaScriptEnabled: false });
    const nav = page.getByRole('navigation', { name: 'Reference' });
    const hrefs = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/law/6103/', '/timeline/', '/glossary/', '/sources/', '/about/', '/updates/']);
    await page.context().close();
  });
});
