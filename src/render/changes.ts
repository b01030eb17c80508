import type { ArticleChange } from '../schemas/article.ts';
import type { Lang } from '../site.ts';
import { articlePath } from '../paths.ts';
import { publishedArticles, slugOf, type Article } from './articles.ts';

/** One change to one article, with what a list or a feed needs to show and link it. */
export interface ChangeEntry extends ArticleChange {
  /** The article's title, slug and path. */
  article: { title: string; slug: string; path: string };
  /** Stable anchor of the entry on the updates page: "change-<slug>-<n>", n counting the article's changes from its first. */
  id: string;
}

/** How long an article shows its latest update at the top, in days. */
export const recentDays = 30;

/** Every change to the published articles of `lang`, newest first (same day: reading order, then newest first). */
export async function changesOf(lang: Lang): Promise<ChangeEntry[]> {
  const articles = await publishedArticles(lang);
  const entries = articles.flatMap((a, order) => entriesOf(a).map((entry) => ({ entry, order })));
  return entries
    .sort(
      (x, y) =>
        y.entry.date.getTime() - x.entry.date.getTime() || x.order - y.order || y.entry.id.localeCompare(x.entry.id),
    )
    .map((x) => x.entry);
}

/** An article's changes as entries, oldest first as written. */
export function entriesOf(a: Article): ChangeEntry[] {
  const slug = slugOf(a);
  const article = { title: a.data.title, slug, path: articlePath(a.data.lang, slug) };
  return a.data.changes.map((change, i) => ({ ...change, article, id: `change-${slug}-${i + 1}` }));
}

/**
 * The newest `update` (not correction) of an article if it was made within `days` of `today`:
 *   [{ date: 2026-11-20, kind: 'update', … }], today 2026-12-01 → that change; today 2027-01-15 → undefined.
 * Why updates only: a correction gets its own notice at the top of the article (the cases work).
 */
export function recentUpdate(changes: ArticleChange[], today: Date, days = recentDays): ArticleChange | undefined {
  const updates = changes.filter((c) => c.kind === 'update' && c.date.getTime() <= today.getTime());
  const newest = updates.reduce<ArticleChange | undefined>(
    (best, c) => (!best || c.date.getTime() > best.date.getTime() ? c : best),
    undefined,
  );
  if (!newest) return undefined;
  const age = (today.getTime() - newest.date.getTime()) / 86_400_000;
  return age <= days ? newest : undefined;
}

/** The day the site is built (UTC midnight), or `BUILD_DATE` (YYYY-MM-DD) for a reproducible build. */
export function buildDay(env: Record<string, string | undefined> = process.env): Date {
  const given = env.BUILD_DATE;
  if (given) {
    const day = new Date(`${given}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(day.getTime()))
      throw new Error(`BUILD_DATE must be a day written YYYY-MM-DD; "${given}" is not.`);
    return day;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
