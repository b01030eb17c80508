import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, articlePages } from './browser.ts';
import { phone, say } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(articlePages())('the first screen of %s at 375 px', (path) => {
  test('shows the title, the dates on one line, one summary, and the first section within 1.5 screens', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    const title = page.getByRole('heading', { level: 1 });
    expect(await title.boundingBox().then((b) => b!.y + b!.height)).toBeLessThan(phone.height);

    const dates = page.locator('.tp-article-head .tp-meta');
    const lineHeight = await dates.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * 1.6);
    const [updated, upTo] = [say(path, 'article.updated'), say(path, 'article.sourcesUpTo')];
    expect(await dates.innerText()).toMatch(new RegExp(`^${updated} .*\\d{4}\\s*${upTo} .*\\d{4}$`));
    expect((await dates.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);

    const summary = page.locator('.tp-article-head .tp-summary');
    expect((await summary.boundingBox())!.y).toBeLessThan(phone.height);
    expect(await page.getByRole('heading', { name: /short version|versión corta/i }).count()).toBe(0);

    const first = page.locator('.tp-prose :is(h2, h3)').first();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top, `first section "${await first.innerText()}" starts at ${Math.round(top)} px`).toBeLessThanOrEqual(
      phone.height * 1.5,
    );
    await page.context().close();
  });

  test('offers a way to the answer without scrolling, each link landing on its section', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    const answers = page.getByRole('navigation', { name: say(path, 'article.answers') });
    const links = answers.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, await link.innerText()).toBeLessThanOrEqual(phone.height);
      const href = (await link.getAttribute('href'))!;
      const heading = page.locator(`[id="${href.slice(1)}"]`);
      expect((await link.innerText()).replace('→ ', '')).toBe(await heading.innerText());
    }
    await page.context().close();
  });

  test('folds In short and the table of contents into controls that open without JavaScript', async () => {
    const page = await openPage(browser, path, { viewport: phone, javaScriptEnabled: false });
    const points = page.locator('#in-short li');
    expect(await points.first().isVisible()).toBe(false);
    await page.locator('#in-short summary').click();
    expect(await points.first().isVisible()).toBe(true);
    const toc = page.getByRole('navigation', { name: say(path, 'article.toc') });
    expect(await toc.getByRole('link').count()).toBe(0);
    await toc.getByText(say(path, 'article.toc')).click();
    expect(await toc.getByRole('link', { name: say(path, 'article.keepReading') }).isVisible()).toBe(true);
    await page.context().close();
  });

  test('shows the table of contents open beside the text on a wide screen', async () => {
    const page = await openPage(browser, path, { viewport: { width: 1280, height: 900 } });
    const toc = page.getByRole('navigation', { name: say(path, 'article.toc') });
    expect(await toc.count()).toBe(1);
    const box = (await toc.boundingBox())!;
    expect(box.x).toBeGreaterThan(640);
    expect(await toc.getByRole('link').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the status line', () => {
  test('opens the articles with live content, right under the title and dates, and not the history article', async () => {
    for (const path of articlePages().filter((p) => !/1976/.test(p))) {
      const page = await openPage(browser, path, { viewport: phone });
      const status = page.locator('.tp-article-head .tp-status');
      expect(await status.innerText(), path).toMatch(new RegExp(`^${say(path, 'status.asOf')} .*\\d{4}:`));
      expect((await status.boundingBox())!.y + (await status.boundingBox())!.height).toBeLessThan(phone.height);
      await page.context().close();
    }
    for (const path of articlePages().filter((p) => /1976/.test(p))) {
      const history = await openPage(browser, path, { viewport: phone });
      expect(await history.locator('.tp-status').count(), path).toBe(0);
      await history.context().close();
    }
  });
});

describe('the ITIN article, for a worried reader', () => {
  test('shows "Should I still file?" and where to get free help on the first screen', async () => {
    const page = await openPage(browser, '/itin-filers/', { viewport: phone });
    for (const name of ['Should I still file my taxes?', 'Where can I get help?']) {
      const link = page.getByRole('navigation', { name: 'Go straight to:' }).getByRole('link', { name });
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(phone.height);
    }
    await page.getByRole('link', { name: 'Where can I get help?' }).first().click();
    expect(new URL(page.url()).hash).toBe('#where-can-i-get-help');
    await page.context().close();
  });
});

describe.each(['/', '/es/'])('the home page %s at 375 px', (path) => {
  test('opens with a title that is not the site name again, then the status line, then one-line routes', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    const h1 = await page.getByRole('heading', { level: 1 }).innerText();
    expect(h1).not.toBe(await page.locator('.tp-brand').innerText());
    const order = await page
      .locator('main')
      .evaluate((main) =>
        [...main.querySelectorAll('h1, .tp-status, h2')].map((el) => el.tagName + (el.textContent ?? '').trim()),
      );
    expect(order.slice(0, 3)).toEqual([
      expect.stringMatching(/^H1/),
      expect.stringMatching(new RegExp(`^P${say(path, 'status.asOf')}`)),
      `H2${say(path, 'home.start')}`,
    ]);

    const links = page.locator('.tp-routes').getByRole('link');
    expect(await links.count()).toBe(articlePages().filter((p) => (path === '/es/') === p.startsWith('/es/')).length);
    if (path === '/')
      expect(await links.allInnerTexts()).toEqual([
        'I file taxes with an ITIN',
        'What the IRS–ICE agreement does',
        'What the law says: section 6103',
        'Why tax returns are private',
      ]);
    for (const link of await links.all()) {
      const lines = await link.evaluate((el) => {
        const style = getComputedStyle(el);
        const inner =
          el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return inner / parseFloat(style.lineHeight);
      });
      expect(lines, await link.innerText()).toBeLessThan(1.5);
      const box = (await link.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
    }
    // The articles' summaries are on the articles, not here.
    expect(await page.locator('main .tp-summary').count()).toBe(0);
    await page.context().close();
  });
});
