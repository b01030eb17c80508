import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, builtPages, baseURL } from './browser.ts';
import { languages, site, type Lang } from '../../src/site.ts';
import { absoluteUrl, articlePath, feedPath, pageToolsPath, sitemapPath, updatesPath } from '../../src/paths.ts';
import { changesPerPage, feedItemCount } from '../../src/render/change-pages.ts';
import { t } from '../../src/i18n/translate.ts';
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

  test(`the feed is valid RSS with the newest changes (${feedItemCount} at most), each linking to the section that changed`, async () => {
    const xml = await fetchXml(feedPath(lang));
    const feed = await inXml<{
      language: string;
      link: string;
      items: { link: string; guid: string; pubDate: string; description: string }[];
    }>(
      xml,
      `const text = (el, tag) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
       const channel = doc.getElementsByTagName('channel')[0];
       const own = (tag) => [...channel.children].find((c) => c.tagName === tag)?.textContent ?? '';
       return { language: own('language'), link: own('link'), items: [...doc.getElementsByTagName('item')].map((i) => ({
         link: text(i, 'link'), guid: text(i, 'guid'), pubDate: text(i, 'pubDate'), description: text(i, 'description') })) }`,
    );
    expect(feed.language).toBe(languages[lang].locale);
    expect(feed.link).toBe(absoluteUrl(site.url, updatesPath(lang)));
    expect(feed.items).toHaveLength(Math.min(changes.length, feedItemCount));
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length);
    const texts = changes.map((c) => c.text.trim());
    for (const item of feed.items) expect(texts).toContain(item.description);
    const dates = feed.items.map((i) => Date.parse(i.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    // What a bounded feed leaves out is never newer than what it keeps.
    const oldest = Math.min(...dates);
    const left = changes.filter((c) => !feed.items.some((i) => i.description === c.text.trim()));
    for (const c of left) expect(Date.parse(isoOf(c.date))).toBeLessThanOrEqual(oldest);
    for (const item of feed.items) {
      const url = new URL(item.link);
      expect(url.origin).toBe(site.url);
      const target = await page.request.get(new URL(url.pathname, baseURL()).href);
      expect(await target.text()).toContain(` id="${url.hash.slice(1)}"`);
    }
  });

  test(`the updates pages list every change, newest first, ${changesPerPage} at most to a page, each linked to its section`, async () => {
    const pages = Math.max(1, Math.ceil(changes.length / changesPerPage));
    const shown: string[] = [];
    const days: string[] = [];
    const updates = await openPage(browser, updatesPath(lang), { javaScriptEnabled: false });
    for (let n = 1; n <= pages; n++) {
      expect(new URL(updates.url()).pathname).toBe(updatesPath(lang, n));
      const title = t(lang, 'updates.title');
      const heading = pages > 1 ? `${title}: ${t(lang, 'updates.pageOf', { page: n, pages })}` : title;
      expect(await updates.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      const entries = updates.locator('main li[id^="change-"]');
      expect(await entries.count()).toBe(n < pages ? changesPerPage : changes.length - (pages - 1) * changesPerPage);
      days.push(
        ...(await updates.locator('main h2 time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))),
      );
      shown.push(
        ...(await entries.evaluateAll((lis) =>
          lis.map((li) => `${li.querySelector('a')?.getAttribute('href')} ${li.textContent?.replace(/\s+/g, ' ')}`),
        )),
      );
      const pager = updates.getByRole('navigation', { name: t(lang, 'updates.pages') });
      const newer = pager.getByRole('link', { name: t(lang, 'updates.newer') });
      const older = pager.getByRole('link', { name: t(lang, 'updates.older') });
      expect(await pager.count()).toBe(pages > 1 ? 1 : 0);
      expect(await newer.count()).toBe(n > 1 ? 1 : 0);
      if (n > 1) expect(await newer.getAttribute('href')).toBe(updatesPath(lang, n - 1));
      if (n > 1) expect(await newer.getAttribute('rel')).toBe('prev');
      expect(await older.count()).toBe(n < pages ? 1 : 0);
      if (n === pages) break;
      expect(await older.getAttribute('rel')).toBe('next');
      await older.click();
      await updates.waitForURL(new URL(updatesPath(lang, n + 1), baseURL()).href);
    }
    // One page more than the changes need is not built.
    const beyond = await page.request.get(new URL(updatesPath(lang, pages + 1), baseURL()).href);
    expect(beyond.status()).toBe(404);
    await updates.context().close();

    // Days newest first, a day cut by a page break headed on both pages.
    expect([...days].sort().reverse()).toEqual(days);
    expect([...new Set(days)].sort()).toEqual([...new Set(changes.map((c) => isoOf(c.date)))].sort());
    const want = changes.map((c) => `${c.path}#${c.section}`);
    expect(shown.map((line) => line.split(' ')[0]).sort()).toEqual(want.sort());
    for (const c of changes) {
      expect(shown.some((line) => line.startsWith(`${c.path}#${c.section} `) && line.includes(c.text.trim()))).toBe(
        true,
      );
    }
  });

  test('each change is named by its article and the heading of the section it changed, as the article heads it', async () => {
    const links: { href: string; text: string }[] = [];
    for (let n = 1; n <= Math.max(1, Math.ceil(changes.length / changesPerPage)); n++) {
      const updates = await openPage(browser, updatesPath(lang, n), { javaScriptEnabled: false });
      links.push(
        ...(await updates
          .locator('main li[id^="change-"] > a')
          .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })))),
      );
      await updates.context().close();
    }
    expect(links).toHaveLength(changes.length);
    const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const path of new Set(links.map((l) => l.href.split('#')[0]))) {
      const article = await openPage(browser, path, { javaScriptEnabled: false });
      const title = plain((await article.getByRole('heading', { level: 1 }).textContent()) ?? '');
      for (const link of links.filter((l) => l.href.startsWith(`${path}#`))) {
        const target = article.locator(`[id="${link.href.split('#')[1]}"]`);
        const isHeading = await target.evaluate((el) => /^H[2-6]$/.test(el.tagName));
        const section = plain((await target.textContent()) ?? '');
        expect(plain(link.text)).toBe(isHeading ? plain(t(lang, 'updates.in', { title, section })) : title);
      }
      await article.context().close();
    }
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
