import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { launchBrowser, openPage, builtPages } from './browser.ts';
import { languages, site, isLang, type Lang } from '../../src/site.ts';
import { absoluteUrl, feedPath, homePath, pageToolsPath } from '../../src/paths.ts';
import { readContent } from '../../src/content/check.ts';
import { translationPairs } from '../../src/content/translation-pairs.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Pages a reader can land on and share: every built page but the page-tools helper. */
// The helper page that the tools frame loads is not for sharing: no card, no index.
const sharedPages = builtPages().filter((p) => p !== pageToolsPath);
const pairs = translationPairs(readContent(process.cwd()).entries.get('articles'));
const locale = (lang: string) => (isLang(lang) ? languages[lang].locale.replace('-', '_') : '?');

const pageFacts = new Map<string, ReturnType<typeof readPageNow>>();

/** What a page's head and body say about it, read in the browser (once per page). */
function readPage(path: string) {
  if (!pageFacts.has(path)) pageFacts.set(path, readPageNow(path));
  return pageFacts.get(path)!;
}

async function readPageNow(path: string) {
  const page = await openPage(browser, path, { javaScriptEnabled: false });
  const facts = await page.evaluate(() => {
    const metas: Record<string, string[]> = {};
    for (const m of document.querySelectorAll('meta[property], meta[name]')) {
      const key = m.getAttribute('property') ?? m.getAttribute('name') ?? '';
      (metas[key] ??= []).push(m.getAttribute('content') ?? '');
    }
    return {
      lang: document.documentElement.lang,
      title: document.title,
      metas,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')]
        .map((l) => l.getAttribute('hreflang') ?? '')
        .filter((h) => h !== 'x-default'),
      feeds: [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) =>
        l.getAttribute('href'),
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      // A heading keeps "§" and its number on one line with a no-break space; a card needs no such care.
      h1:
        document
          .querySelector('h1')
          ?.textContent?.replace(/\u00a0/g, ' ')
          .trim() ?? '',
      isArticle: document.querySelector('.tp-article') !== null,
      noindex: document.querySelector('meta[name="robots"][content~="noindex"]') !== null,
      dates: [...document.querySelectorAll('.tp-article-end .tp-meta time')].map((t) => t.getAttribute('datetime')),
    };
  });
  await page.context().close();
  return facts;
}

const one = (metas: Record<string, string[]>, key: string) => {
  expect(metas[key], `${key} appears once`).toHaveLength(1);
  return metas[key][0];
};

test.each(sharedPages)('%s has its own card: title, description, URL, type, locale and image', async (path) => {
  const p = await readPage(path);
  const lang = p.lang as Lang;
  const ogTitle = one(p.metas, 'og:title');
  expect(ogTitle).toBe(p.h1 || ogTitle);
  expect(p.title.startsWith(ogTitle)).toBe(true);
  if (p.isArticle) expect(ogTitle).not.toBe(site.name[lang]);
  expect(one(p.metas, 'og:description')).toBe(one(p.metas, 'description'));
  expect(one(p.metas, 'og:description').length).toBeGreaterThan(20);
  const url = absoluteUrl(site.url, path);
  if (p.noindex) {
    // The error page is served at any missing address: it claims none.
    expect([p.metas['og:url'], p.canonical]).toEqual([undefined, undefined]);
  } else {
    expect(one(p.metas, 'og:url')).toBe(url);
    expect(p.canonical).toBe(url);
  }
  expect(one(p.metas, 'og:site_name')).toBe(site.name[lang]);
  expect(one(p.metas, 'og:type')).toBe(p.isArticle ? 'article' : 'website');
  expect(one(p.metas, 'og:locale')).toBe(locale(lang));
  // The other languages the page declares (hreflang) are its alternate locales; for articles, its twins.
  const others = p.hreflang.filter((h) => h !== lang).map(locale);
  expect((p.metas['og:locale:alternate'] ?? []).sort()).toEqual(others.sort());
  if (p.isArticle) {
    const twins = (pairs.get(path) ?? []).filter((v) => v.lang !== lang).map((v) => locale(v.lang));
    expect(others.sort()).toEqual(twins.sort());
  }
  expect(one(p.metas, 'twitter:card')).toBe('summary_large_image');
  expect(one(p.metas, 'og:image:width')).toBe('1200');
  expect(one(p.metas, 'og:image:height')).toBe('630');
  expect(one(p.metas, 'og:image:alt')).toContain(ogTitle);

  const image = new URL(one(p.metas, 'og:image'));
  expect(image.origin).toBe(site.url);
  const file = join('dist', image.pathname);
  expect(existsSync(file), `${image.pathname} was built`).toBe(true);
  const meta = await sharp(readFileSync(file)).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  expect(statSync(file).size).toBeLessThan(100 * 1024);

  expect(p.feeds).toEqual([feedPath(lang)]);
});

test('no two pages share a card image or a title', async () => {
  const seen = await Promise.all(sharedPages.map(readPage));
  const images = seen.map((p) => p.metas['og:image'][0]);
  expect(new Set(images).size).toBe(images.length);
  const titles = seen.map((p) => p.title);
  expect(new Set(titles).size).toBe(titles.length);
});

test.each(sharedPages)('%s has JSON-LD that parses and states what the page shows', async (path) => {
  const p = await readPage(path);
  expect(p.jsonLd).toHaveLength(1);
  const graph = (JSON.parse(p.jsonLd[0]) as { '@context': string; '@graph': Record<string, unknown>[] })['@graph'];
  const byType = new Map(graph.map((n) => [n['@type'], n]));
  const lang = p.lang as Lang;
  const home = absoluteUrl(site.url, homePath(lang));
  const publisher = { '@type': 'Organization', name: site.name[lang], url: home };
  if (p.isArticle) {
    const [published, updated] = p.dates;
    expect(byType.get('Article')).toMatchObject({
      headline: p.h1,
      datePublished: published,
      dateModified: updated,
      inLanguage: p.lang,
      publisher,
      image: p.metas['og:image'][0],
    });
  } else {
    expect(byType.has('Article')).toBe(false);
  }
  if (path === homePath(lang)) {
    expect(byType.get('WebSite')).toMatchObject({ name: site.name[lang], url: home, inLanguage: p.lang });
  } else {
    expect(byType.get('BreadcrumbList')).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: site.name[lang], item: home },
        { '@type': 'ListItem', position: 2, name: p.metas['og:title'][0] },
      ],
    });
  }
});
