import { existsSync } from 'node:fs';
import type { PaginateFunction } from 'astro';
import { describe, expect, test } from 'vitest';
// Astro's own paginate(), built for the route as Astro builds it for getStaticPaths. It is not a public
// export; the test uses it rather than a stand-in, so the page bounds and addresses checked are the real ones.
import { generatePaginateFunction } from '../../node_modules/astro/dist/core/render/paginate.js';
import { getParts } from '../../node_modules/astro/dist/core/routing/parts.js';
import { changePages, changesByDay, changesPerPage, feedItemCount } from '../../src/render/change-pages.ts';
import { feedOf } from '../../src/render/changes-feed.ts';
import type { ChangeEntry } from '../../src/render/change-entries.ts';
import { updatesPath } from '../../src/paths.ts';
import type { Lang } from '../../src/site.ts';

const route = '[...lang]/updates/[...page]';
const segments = route.split('/').map((part) => getParts(part, route));
// Astro declares it non-generic; it is the function getStaticPaths receives as `paginate`.
const paginate = generatePaginateFunction(
  // Astro's paginate reads only these two fields of the route.
  {
    segments,
    params: segments.flat().flatMap((p) => (p.dynamic ? [p.content] : [])),
  } as unknown as Parameters<typeof generatePaginateFunction>[0],
  '/',
  'always',
) as PaginateFunction;

/** `n` changes, newest first, seven a day from December 31, 2026 back. */
function changes(n: number): ChangeEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(Date.UTC(2026, 11, 31 - Math.floor(i / 7))),
    kind: i % 3 === 0 ? 'correction' : 'update',
    section: `section-${i}`,
    text: `Change ${i}.`,
    article: { title: `Article ${i % 4}`, slug: `article-${i % 4}`, path: `/article-${i % 4}/` },
    id: `change-article-${i % 4}-${i}`,
  }));
}

const pagesOf = (lang: Lang, list: ChangeEntry[]) =>
  changePages(paginate, list, { lang: lang === 'en' ? undefined : lang }, { lang });

test('the route file is the one these pages are built from', () => {
  expect(existsSync(`src/pages/${route}.astro`)).toBe(true);
});

describe.each([0, 1, changesPerPage, changesPerPage + 1, 3 * changesPerPage + 2, 1000])('%i changes', (n) => {
  const list = changes(n);

  test.each(['en', 'es'] as const)(
    'in %s: bounded pages, in order, none lost, at the addresses paths.ts gives',
    (lang) => {
      const pages = pagesOf(lang, list).map((p) => p.props.page);
      for (const page of pages) expect(page.data.length).toBeLessThanOrEqual(changesPerPage);
      expect(pages[0].data).toHaveLength(Math.min(n, changesPerPage));
      expect(pages.flatMap((p) => p.data)).toEqual(list);
      expect(pages.length > 1).toBe(n > changesPerPage);
      pages.forEach((page, i) => {
        expect(page.currentPage).toBe(i + 1);
        expect(page.lastPage).toBe(pages.length);
        expect(page.url.current).toBe(updatesPath(lang, i + 1));
        expect(page.url.prev).toBe(i === 0 ? undefined : updatesPath(lang, i));
        expect(page.url.next).toBe(i === pages.length - 1 ? undefined : updatesPath(lang, i + 2));
      });
    },
  );

  test(`the feed carries the newest ${feedItemCount} at most, newest first`, async () => {
    const xml = await (await feedOf('en', list)).text();
    const guids = [...xml.matchAll(/<guid isPermaLink="false">[^<]*#([^<]+)<\/guid>/g)].map((m) => m[1]);
    expect(guids).toEqual(list.slice(0, feedItemCount).map((c) => c.id));
  });
});

describe('a page of changes by day', () => {
  test('heads each day once, in the order given, with its changes in order', () => {
    const page = changes(20);
    const days = changesByDay(page);
    expect(days.map((d) => d.day)).toEqual(['2026-12-31', '2026-12-30', '2026-12-29']);
    expect(days.flatMap((d) => d.changes)).toEqual(page);
    expect(days.map((d) => d.changes.length)).toEqual([7, 7, 6]);
  });

  test('heads a day cut by a page break on both pages', () => {
    const [first, second] = pagesOf('en', changes(changesPerPage + 5)).map((p) => changesByDay(p.props.page.data));
    expect(first.at(-1)?.day).toBe(second[0].day);
  });
});
