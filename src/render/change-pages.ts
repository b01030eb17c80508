import type { PaginateFunction } from 'astro';
import { isoDate } from '../i18n/dates.ts';

/**
 * Changes per page of the list of changes ("/updates/", "/updates/2/", …): a screenful or two of the
 * newest, so no page grows with the number of articles, only the number of pages does.
 */
export const changesPerPage = 25;

/**
 * How many changes a feed carries, the newest: a feed reader keeps the items it has seen, so a feed needs
 * only what is new since the reader last looked, and the list on the updates page keeps the rest. Fifty
 * outlasts a long gap between visits even after a review like the one of December 1, 2026 (33 changes in
 * one day), while the feed stays the same size however many articles the site has.
 */
export const feedItemCount = 50;

/**
 * The pages of one language's list of changes, newest first, `changesPerPage` to a page: `paginate` is
 * the one `getStaticPaths` receives, `params` and `props` those of the language
 * (src/pages/[...lang]/updates/[...page].astro).
 */
export function changePages<Change, Props extends Record<string, unknown>>(
  paginate: PaginateFunction,
  changes: readonly Change[],
  params: Record<string, string | undefined>,
  props: Props,
) {
  return paginate([...changes], { pageSize: changesPerPage, params, props });
}

/** Changes of one day, as a page of the list shows them under that day's heading. */
export interface ChangeDay<Change> {
  /** The day as YYYY-MM-DD (the heading's id and `datetime`). */
  day: string;
  date: Date;
  changes: Change[];
}

/**
 * A page's changes by day, in the order given: [Dec 2, Dec 1, Dec 1] → [Dec 2: 1 change, Dec 1: 2 changes].
 * A day cut by a page break is headed on both pages.
 */
export function changesByDay<Change extends { date: Date }>(changes: readonly Change[]): ChangeDay<Change>[] {
  const days: ChangeDay<Change>[] = [];
  for (const change of changes) {
    const day = isoDate(change.date);
    const last = days.at(-1);
    if (last?.day === day) last.changes.push(change);
    else days.push({ day, date: change.date, changes: [change] });
  }
  return days;
}
