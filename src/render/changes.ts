import type { MarkdownHeading } from 'astro';
import type { ArticleChange } from '../schemas/article.ts';
import { daysBetween } from '../i18n/dates.ts';

/** A correction is announced at the top of its article from its day through this many days after. */
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

/** Every change, newest first (same-day changes keep their order in the list). */
export function newestFirst(changes: readonly ArticleChange[]): ArticleChange[] {
  return changes
    .map((change, i) => ({ change, i }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.i - b.i)
    .map(({ change }) => change);
}

/** The name of the section a change touched: its heading's text, or `chrome[id]` for the layout's own boxes. */
export function sectionName(
  id: string,
  headings: readonly Pick<MarkdownHeading, 'slug' | 'text'>[],
  chrome: Readonly<Record<string, string>> = {},
): string | undefined {
  return headings.find((h) => h.slug === id)?.text ?? chrome[id];
}
