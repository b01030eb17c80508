import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, baseURL, axeViolations, articlePages } from './browser.ts';
import { openSearch, sectionHits, settled } from './search-helpers.ts';
import { colourIn } from './reader.ts';
import { site } from '../../src/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const field = (page: Page) => page.getByRole('searchbox', { name: /words, a question or a citation/i });
const results = (page: Page) => page.getByRole('list', { name: /search results/i });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('searching with the keyboard', () => {
  test('results appear as the reader types; arrows move; Enter lands on the section with the words highlighted', async () => {
    const page = await openPage(browser, '/search/');
    await field(page).click();
    await page.keyboard.type('can ICE see my taxes');
    await settled(page);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\d+ results for “can ICE see my taxes”/);
    // The words go into the fragment, which the browser never sends to the host.
    await expect
      .poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q'))
      .toBe('can ICE see my taxes');
    expect(new URL(page.url()).search).toBe('');
    const hits = await sectionHits(page);
    expect(hits[0]).toBe('/itin-filers/#can-ice-see-my-tax-return');

    // Down from the field reaches the first result; Up from the first goes back to the field.
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('If you file taxes with an ITIN: what is known');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tp-search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('Can ICE see my tax return?');

    const href = (await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href')))!;
    const [, directive] = decodeURIComponent(href).split(':~:text=');
    const [, prefix, word] = /^(?:(.*?)-,)?(.*?)(?:,-.*)?(?:&|$)/.exec(directive)!;
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/itin-filers\//);
    expect(await page.evaluate(() => location.hash)).toBe('#can-ice-see-my-tax-return');

    // The matched word is on screen, painted with the highlight colour (::target-text).
    const box = await page.evaluate(
      ({ prefix, word }) => {
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const at = n.data.indexOf(`${prefix} ${word}`);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(n, at + prefix.length + 1);
          range.setEnd(n, at + prefix.length + 1 + word.length);
          const r = range.getBoundingClientRect();
          return {
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
            inView: r.top >= 0 && r.bottom <= innerHeight,
            target: getComputedStyle(document.documentElement).getPropertyValue('--tp-target').trim(),
          };
        }
        return null;
      },
      { prefix: prefix ?? '', word },
    );
    expect(box?.inView).toBe(true);
    const expected = await page.evaluate((hex) => {
      const probe = Object.assign(document.createElement('i'), { style: `color:${hex}` });
      document.body.append(probe);
      return getComputedStyle(probe).color;
    }, box!.target);
    expect(await colourIn(page, { x: box!.x, y: box!.y, width: box!.width, height: box!.height })).toBe(expected);
    await page.context().close();
  });

  test('Escape in the results returns to the field; Escape in the field clears the search', async () => {
    const page = await openPage(browser, '/search/?q=ITIN');
    await settled(page);
    await field(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tp-search-q');
    await page.keyboard.press('Escape');
    expect(await field(page).inputValue()).toBe('');
    expect(await results(page).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('');
    await page.context().close();
  });

  test('a query in the address runs on arrival, so a search can be shared', async () => {
    for (const address of ['/search/#q=ITIN', '/search/?q=ITIN']) {
      const page = await openPage(browser, address);
      await settled(page);
      expect(await field(page).inputValue(), address).toBe('ITIN');
      expect((await sectionHits(page)).slice(0, 3)).toContain('/itin-filers/#what-is-an-itin');
      // A query that came in ?q= (the header form without JavaScript) moves to #q= at once: it is not kept
      // in the address a reader copies, bookmarks or goes back to.
      expect(new URL(page.url()).search, address).toBe('');
      expect(new URL(page.url()).hash, address).toBe('#q=ITIN');
      await page.context().close();
    }
  });

  test('a very long query from a link is cut to the field’s limit, and the page answers', async () => {
    const page = await openPage(browser, `/search/#q=${'tax '.repeat(25_000)}`);
    await settled(page);
    const max = await field(page).evaluate((input) => (input as HTMLInputElement).maxLength);
    expect(max).toBe(site.maxQueryLength);
    expect((await field(page).inputValue()).length).toBeLessThanOrEqual(max);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/result/);
    await page.context().close();
    // The header field on every other page has the same limit.
    const article = await openPage(browser, articlePages('en')[0], { javaScriptEnabled: false });
    expect(await article.getByRole('search').getByRole('searchbox').getAttribute('maxlength')).toBe(String(max));
    await article.context().close();
  });

  test('a citation puts the statute subsection first, labelled with the citation', async () => {
    const page = await openPage(browser, '/search/?q=%28i%29%282%29');
    await settled(page);
    const first = results(page).getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain('Citation: § 6103(i)(2)');
    expect(['/law/6103/#i-2', '/section-6103/#what-does--6103i2-require']).toContain((await sectionHits(page))[0]);
    await page.context().close();
  });

  test('a misspelled word is corrected, and the page says so', async () => {
    const page = await openPage(browser, '/search/?q=imigration%20lawer');
    await settled(page);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Showing results for “immigration lawyer”/);
    expect((await sectionHits(page)).slice(0, 3)).toContain(
      '/itin-filers/#an-immigration-lawyer-or-accredited-representative',
    );
    await page.context().close();
  });

  test('at 320 px wide, the results fit without sideways scrolling', async () => {
    const page = await openPage(browser, '/search/?q=6103(i)(2)(B)', { viewport: { width: 320, height: 640 } });
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe('typing', () => {
  test('results update in place as the reader types: the list never empties, and a result that stays keeps its place', async () => {
    const page = await openPage(browser, '/search/');
    await field(page).click();
    await page.keyboard.type('Nix');
    await settled(page);
    // Watch the list from here on: it must never be emptied or replaced while the reader types on.
    await page.evaluate(() => {
      const w = window as unknown as { emptied: number; first?: Element };
      const container = document.querySelector('#tp-search-results')!;
      w.emptied = 0;
      w.first = container.querySelector('.tp-results > li') ?? undefined;
      new MutationObserver(() => {
        if (!container.querySelector('.tp-results > li')) w.emptied += 1;
      }).observe(container, { childList: true, subtree: true });
    });
    await page.keyboard.type('on');
    await settled(page);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/results for “Nixon”/);
    const { emptied, same } = await page.evaluate(() => {
      const w = window as unknown as { emptied: number; first?: Element };
      return { emptied: w.emptied, same: w.first === document.querySelector('.tp-results > li') };
    });
    expect(emptied).toBe(0);
    expect(same).toBe(true);
    await page.context().close();
  });

  test('"Show all" lists every result and takes the keyboard to the first one not seen before', async () => {
    // A word on many pages: more results than the first list shows.
    const page = await openPage(browser, '/search/?q=court');
    await settled(page);
    const before = (await sectionHits(page)).length;
    const more = page.getByRole('button', { name: /show all \d+ results/i });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sectionHits(page)).length).toBeGreaterThan(before);
    expect(await more.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.context().close();
  });

  test('a Spanish query on the English page is never “corrected” into English: it gets the Spanish results, labelled', async () => {
    const page = await openPage(browser, '/search/?q=mis%20datos');
    await settled(page);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/results for “mis datos”/);
    expect(await page.getByRole('status').textContent()).not.toMatch(/Showing results for/);
    expect(await page.getByText(/These results are in Español/).isVisible()).toBe(true);
    expect(await results(page).getAttribute('lang')).toBe('es');
    expect((await sectionHits(page)).every((hit) => hit.startsWith('/es/'))).toBe(true);
    await page.context().close();
  });

  test('a subject the site does not cover gets a plain answer and the closest topics, never a guess', async () => {
    const page = await openPage(browser, '/search/?q=asylum');
    await settled(page);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('No results for “asylum”.');
    expect(await page.getByText('This site doesn’t cover asylum.', { exact: false }).isVisible()).toBe(true);
    const closest = page.getByRole('region', { name: /closest topics/i });
    expect(await closest.getByRole('link').count()).toBeGreaterThan(1);
    expect(await results(page).count()).toBe(0);
    await page.context().close();
  });
});

describe('what search costs', () => {
  test('the search page starts loading the index as soon as it opens, in its search worker', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${baseURL()}/search/`);
    // No focus, no key: opening the page is enough.
    await expect.poll(() => requests.some((p) => /\/pagefind\/en\/pagefind\.en_\w+\.pf_meta$/.test(p))).toBe(true);
    // Pagefind runs inside the search worker, which imports its script; it starts no worker of its own there.
    await expect.poll(() => requests.includes('/pagefind/en/pagefind.js')).toBe(true);
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      expect.stringMatching(/^\/_astro\/search-worker[-.][\w-]+\.js$/),
    ]);
    await context.close();
  });

  test('the index starts downloading only after the first screen is painted, every file asked for by the page', async () => {
    const page = await openPage(browser, '/search/');
    const searchFiles = [/search-worker[-.][\w-]+\.js$/, /pagefind\.js$/, /wasm\.en\.pagefind$/, /search-data\.json$/];
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)))
      .toEqual(expect.arrayContaining(searchFiles.map((re) => expect.stringMatching(re))));
    const { paint, starts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      starts: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime] as const),
    }));
    expect(paint).toBeGreaterThan(0);
    const loads = starts.filter(([name]) => searchFiles.some((re) => re.test(name)));
    for (const [name, start] of loads) expect(start, name).toBeGreaterThanOrEqual(paint!);
    await page.context().close();
  });

  test("words typed before the page's script has started are searched once it starts", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The reader is quicker than a slow line: the script arrives only after they have typed.
    await context.route(/\/_astro\/SearchPage[\w.-]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    // The held module script holds the page's load event too: the field is there once the page is parsed.
    await page.goto(`${baseURL()}/search/`, { waitUntil: 'commit' });
    await field(page).fill('ITIN');
    expect(await results(page).count(), 'no results before the script').toBe(0);
    release();
    await expect.poll(() => results(page).getByRole('link').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toBe('#q=ITIN');
    await context.close();
  });

  test('an article page has the search field and no script', async () => {
    const page = await openPage(browser, articlePages('en')[0]);
    expect(await page.getByRole('search').getByRole('searchbox').count()).toBe(1);
    // JSON-LD is a data block, never run.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the header form opens the search page, which explains and lists the articles, then a bounded set of topics', async () => {
    const page = await openPage(browser, articlePages('en')[0], { javaScriptEnabled: false });
    await page.getByRole('search').getByRole('searchbox').fill('ITIN');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=ITIN$/);
    await expect.poll(() => page.getByText(/search needs javascript/i).isVisible()).toBe(true);
    const topics = page.getByRole('region', { name: /^topics$/i });
    expect(
      await topics.getByRole('link', { name: 'If you file taxes with an ITIN: what is known' }).getAttribute('href'),
    ).toBe('/itin-filers/');
    expect(await topics.getByRole('link', { name: 'ITIN', exact: true }).getAttribute('href')).toBe('/glossary/#itin');
    expect(await topics.getByRole('link', { name: 'Glossary', exact: true }).getAttribute('href')).toBe('/glossary/');
    // Bounded whatever the number of articles: at most 12 articles, 30 terms, the reference pages and two "all" links.
    expect(await topics.getByRole('link').count()).toBeLessThanOrEqual(12 + 30 + 4 + 2);
    await page.context().close();
  });

  test('the explanation is hidden when scripts run', async () => {
    const page = await openPage(browser, '/search/');
    expect(await page.getByText(/search needs javascript/i).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('accessibility of the search page with results open', () => {
  test.each(['light', 'dark'] as const)('axe finds nothing in the %s theme', async (colorScheme) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      for (const query of ['can ICE see my taxes', 'asylum']) {
        const page = await openPage(browser, `/search/?q=${encodeURIComponent(query)}`, { colorScheme, viewport });
        await openSearch(page, page.url());
        expect(await axeViolations(page), `${query}, ${viewport.width}px`).toEqual([]);
        await page.context().close();
      }
    }
  });
});
