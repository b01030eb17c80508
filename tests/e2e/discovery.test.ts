import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, builtPages, baseURL } from './browser.ts';
import { languages, site, type Lang } from '../../src/site.ts';
import { absoluteUrl, articlePath, feedPath, pageToolsPath, sitemapPath, updatesPath } from '../../src/paths.ts';
import { readContent } from '../../src/content/check.ts';
import { translationPairs } from '../../src/content/translation-pairs.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/');
});
afterAll(async () => browser?.close());

/** Fetches a built file and parses it as XML in Chromium, failing on any well-formedness error. */
async function fetchXml(path: string): Promise<string> {
  const res = await page.request.get(new URL(path, baseURL()).href);
  expect(res.status(), path).toBe(200);
  const text = await res.text();
  const error = await page.evaluate(
    (xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? '',
    text,
  );
  expect(error, `${path} is well-formed XML`).toBe('');
  return text;
}

/** Runs `fn` over a parsed XML document in the browser. */
function inXml<T>(xml: string, fn: string): Promise<T> {
  return page.evaluate(
    ([source, body]) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return new Function('doc', body)(doc);
    },
    [xml, fn] as const,
  ) as Promise<T>;
}

/** Published articles as the content layer reads them, with their change lists (what the updates page and feeds are built from). */
const articleEntries = readContent(process.cwd()).entries.get('articles') ?? new Map();
const articles = [...articleEntries]
  .filter(([, { data }]) => data.draft !== true)
  .map(([id, { data }]) => {
    const [lang, slug] = id.split('/') as [Lang, string];
    return {
      lang,
      path: articlePath(lang, slug),
      changes: data.changes as { date: Date; kind: string; section: string; text: string }[],
    };
  });
const publishedLangs = [...new Set(articles.map((a) => a.lang))];
const isoOf = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

describe('the sitemap', () => {
  test('lists every page of every language once, with its language versions as alternates', async () => {
    const index = await fetchXml(sitemapPath);
    const sitemaps = await inXml<string[]>(
      index,
      `return [...doc.getElementsByTagName('loc')].map((l) => l.textContent)`,
    );
    expect(sitemaps.length).toBeGreaterThan(0);
    const entries: { loc: string; links: { lang: string; href: string }[] }[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(`${site.url}/`)).toBe(true);
      const xml = await fetchXml(new URL(sitemap).pathname);
      entries.push(
        ...(await inXml<typeof entries>(
          xml,
          `return [...doc.getElementsByTagName('url')].map((u) => ({
            loc: u.getElementsByTagName('loc')[0].textContent,
            links: [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => ({ lang: l.getAttribute('hreflang'), href: l.getAttribute('href') })),
          }))`,
        )),
      );
    }
    const expected = builtPages()
      .filter((p) => p !== pageToolsPath && !p.endsWith('.html'))
      .map((p) => absoluteUrl(site.url, p));
    expect(entries.map((e) => e.loc).sort()).toEqual(expected.sort());

    // Each entry's alternates are the page's own hreflang links (x-default aside), as the built page states them.
    for (const entry of entries) {
      const html = await (await page.request.get(new URL(new URL(entry.loc).pathname, baseURL()).href)).text();
      const hreflang = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
        .filter((m) => m[1] !== 'x-default')
        .map((m) => ({ lang: m[1], href: m[2] }));
      const byHref = (x: { href: string }, y: { href: string }) => x.href.localeCompare(y.href);
      expect([...entry.links].sort(byHref), entry.loc).toEqual(hreflang.sort(byHref));
    }
  });

  test('pairs an article with its translation by translation key, whatever their slugs', async () => {
    const pairs = translationPairs(articleEntries);
    const translated = [...pairs.values()].filter((versions) => versions.length > 1);
    for (const versions of translated) {
      const xml = await fetchXml(new URL(`${site.url}/sitemap-0.xml`).pathname);
      for (const v of versions) {
        const loc = absoluteUrl(site.url, v.path);
        const block = xml.slice(xml.indexOf(`<loc>${loc}</loc>`));
        for (const other of versions)
          expect(block.slice(0, block.indexOf('</url>'))).toContain(
            `hreflang="${languages[other.lang].htmlLang}" href="${absoluteUrl(site.url, other.path)}"`,
          );
      }
    }
  });

  test('robots.txt points to it at the site URL', async () => {
    const res = await page.request.get(new URL('/robots.txt', baseURL()).href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(`\nSitemap: ${site.url}${sitemapPath}\n`);
  });
});

describe.each(publishedLangs)('changes in %s', (lang) => {
  const changes = articles
    .filter((a) => a.lang === lang)
    .flatMap((a) => a.changes.map((c) => ({ ...c, path: a.path })));

  test('the feed is valid RSS with one item per change, each linking to the section that changed', async () => {
    const xml = await fetchXml(feedPath(lang));
    const feed = await inXml<{
      language: string;
      items: { link: string; guid: string; pubDate: string; description: string }[];
    }>(
      xml,
      `const text = (el, tag) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
       return { language: text(doc, 'language'), items: [...doc.getElementsByTagName('item')].map((i) => ({
         link: text(i, 'link'), guid: text(i, 'guid'), pubDate: text(i, 'pubDate'), description: text(i, 'description') })) }`,
    );
    expect(feed.language).toBe(languages[lang].locale);
    expect(feed.items).toHaveLength(changes.length);
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(changes.length);
    expect(feed.items.map((i) => i.description).sort()).toEqual(changes.map((c) => c.text.trim()).sort());
    const dates = feed.items.map((i) => Date.parse(i.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of feed.items) {
      const url = new URL(item.link);
      expect(url.origin).toBe(site.url);
      const target = await page.request.get(new URL(url.pathname, baseURL()).href);
      expect(await target.text()).toContain(` id="${url.hash.slice(1)}"`);
    }
  });

  test('the updates page lists every change, newest first, each linked to its section', async () => {
    const updates = await openPage(browser, updatesPath(lang), { javaScriptEnabled: false });
    const entries = updates.locator('main li[id^="change-"]');
    expect(await entries.count()).toBe(changes.length);
    const days = await updates
      .locator('main h2 time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect([...days].sort().reverse()).toEqual(days);
    expect(days.sort()).toEqual([...new Set(changes.map((c) => isoOf(c.date)))].sort());
    const shown = await entries.evaluateAll((lis) =>
      lis.map((li) => `${li.querySelector('a')?.getAttribute('href')} ${li.textContent?.replace(/\s+/g, ' ')}`),
    );
    const want = changes.map((c) => `${c.path}#${c.section}`);
    expect(shown.map((line) => line.split(' ')[0]).sort()).toEqual(want.sort());
    for (const c of changes) {
      expect(shown.some((line) => line.startsWith(`${c.path}#${c.section} `) && line.includes(c.text.trim()))).toBe(
        true,
      );
    }
    await updates.context().close();
  });

  test('each page of the language links its own feed, and the updates page links it for readers', async () => {
    const updates = await openPage(browser, updatesPath(lang), { javaScriptEnabled: false });
    await expect.poll(() => updates.locator(`main a[href="${feedPath(lang)}"]`).count()).toBe(1);
    await updates.context().close();
  });
});

test('an article shows its newest update at the top while it is recent, and not once it is old', async () => {
  const now = Date.now();
  for (const a of articles) {
    const updates = a.changes
      .filter((c) => c.kind === 'update')
      .sort((x, y) => isoOf(y.date).localeCompare(isoOf(x.date)));
    const age = updates[0] ? (now - Date.parse(`${isoOf(updates[0].date)}T00:00:00Z`)) / 86_400_000 : Infinity;
    const article = await openPage(browser, a.path, { javaScriptEnabled: false });
    const notice = article.locator('header .tp-updated');
    // Ages within a day of the limit depend on the hour of the build; they are left out.
    if (age <= 29) {
      await expect.poll(() => notice.textContent()).toContain(updates[0].text.trim());
      // Folded to one line on the first screen: the reader opens it to see what changed and where.
      await notice.locator('summary').click();
      expect(await notice.getByRole('link').getAttribute('href')).toBe(`#${updates[0].section}`);
    }
    if (age >= 31) expect(await notice.count()).toBe(0);
    await article.context().close();
  }
});
