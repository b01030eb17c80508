import { splitHref } from '../paths.ts';

/** A page a reader may go to next: its URL and title, and for an article its topics. */
export interface PageRef {
  path: string;
  title: string;
  topics?: readonly string[];
}

/** Internal page links in an article's Markdown, one per use: "[…](/law/6103/#i-2)" → "/law/6103/". */
export function linkedPaths(markdown: string, here: string): string[] {
  return [...markdown.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => splitHref(m[1], here).path).filter((p) => p !== here);
}

/**
 * What an article offers at its end: the next article in reading order (after the last, the first), and
 * the two pages it is most related to. Related means, in order: how many times the article links to the
 * page, then how many topics they share, then reading order. Computed from the content, so no page lists
 * its neighbours by hand, and a new article or link changes them by itself.
 */
export function movingOn(
  here: { path: string; markdown: string; topics: readonly string[] },
  articles: readonly PageRef[],
  reference: readonly PageRef[],
  count = 2,
): { next?: PageRef; related: PageRef[] } {
  const at = articles.findIndex((a) => a.path === here.path);
  const next = articles.length > 1 ? articles[(at + 1) % articles.length] : undefined;
  const links = new Map<string, number>();
  for (const path of linkedPaths(here.markdown, here.path)) links.set(path, (links.get(path) ?? 0) + 1);
  const shared = (p: PageRef) => (p.topics ?? []).filter((topic) => here.topics.includes(topic)).length;
  const candidates = [...articles, ...reference].filter((p) => p.path !== here.path && p.path !== next?.path);
  const related = candidates
    .map((page, order) => ({ page, order, links: links.get(page.path) ?? 0, topics: shared(page) }))
    .sort((a, b) => b.links - a.links || b.topics - a.topics || a.order - b.order)
    .slice(0, count)
    .map(({ page }) => page);
  return { next, related };
}
