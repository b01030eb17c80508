import type { ArticleChange } from '../schemas/article.ts';

/** How long an article shows its latest update at the top, in days. */
export const recentDays = 30;

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
