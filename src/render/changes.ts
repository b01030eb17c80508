import type { MarkdownHeading } from 'astro';
import type { ArticleChange } from '../schemas/article.ts';
import { daysBetween } from '../i18n/dates.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../site.ts';

/** A correction or an update is announced at the top of its article from its day through this many days after. */
export const correctionNoticeDays = 30;

/**
 * The corrections to announce on `today`: those made from `days` days before it up to and including it,
 * newest first (same-day corrections keep their order in the list). Updates are listed only at the end.
 */
export function recentCorrections(
  changes: readonly ArticleChange[],
  today: Date,
  days: number = correctionNoticeDays,
): ArticleChange[] {
  return changes
    .map((change, i) => ({ change, i, age: daysBetween(change.date, today) }))
    .filter(({ change, age }) => change.kind === 'correction' && age >= 0 && age <= days)
    .sort((a, b) => a.age - b.age || a.i - b.i)
    .map(({ change }) => change);
}

/**
 * The newest `update` (not correction) of an article if it was made within `days` of `today`:
 *   [{ date: 2026-11-20, kind: 'update', … }], today 2026-12-01 → that change; today 2027-01-15 → undefined.
 * Updates only: a correction has its own notice (`recentCorrections`), shown for the same 30 days.
 */
export function recentUpdate(
  changes: ArticleChange[],
  today: Date,
  days: number = correctionNoticeDays,
): ArticleChange | undefined {
  const updates = changes.filter((c) => c.kind === 'update' && c.date.getTime() <= today.getTime());
  const newest = updates.reduce<ArticleChange | undefined>(
    (best, c) => (!best || c.date.getTime() > best.date.getTime() ? c : best),
    undefined,
  );
  if (!newest) return undefined;
  const age = (today.getTime() - newest.date.getTime()) / 86_400_000;
  return age <= days ? newest : undefined;
}

/** Every change, newest first (same-day changes keep their order in the list). */
export function newestFirst(changes: readonly ArticleChange[]): ArticleChange[] {
  return changes
    .map((change, i) => ({ change, i }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.i - b.i)
    .map(({ change }) => change);
}

/**
 * The name of the section a change touched: its heading's text, or, for the box the layout draws above the
 * body ("In short", not a Markdown heading), its name in the UI strings; undefined for an id the article
 * does not have. The one naming of a change's section: the article's own list and notice, and /updates/.
 */
export function sectionName(
  lang: Lang,
  id: string,
  headings: readonly Pick<MarkdownHeading, 'slug' | 'text'>[],
): string | undefined {
  const heading = headings.find((h) => h.slug === id)?.text;
  if (heading !== undefined) return heading;
  return id === 'in-short' || id === 'in-short-heading' ? t(lang, 'article.inShort') : undefined;
}
