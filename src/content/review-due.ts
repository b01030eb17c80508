import type { CasesFile } from '../schemas/case.ts';
import { defaultLang } from '../site.ts';
import type { ContentReport } from './report.ts';
import { daysBetween } from '../i18n/dates.ts';

export { daysBetween };

/** A status or as-of statement in the content, with the day it is true as of. */
export interface DatedStatus {
  /** The file that holds it, relative to the project root. */
  file: string;
  /** What it is: a case id, or "status" for the overall status line. */
  id: string;
  /** The day it is true as of. */
  asOf: Date;
}

/** A status due for review: older than the review age on the day asked. */
export interface ReviewDue extends DatedStatus {
  /** Whole days from `asOf` to the day asked. */
  days: number;
}

/** A status older than this many days is due for a fresh look at the sources. */
export const reviewAgeDays = 90;

/** The statuses older than `maxAgeDays` on `today`, oldest first (then in the order given). */
export function reviewDue(statuses: readonly DatedStatus[], today: Date, maxAgeDays: number = reviewAgeDays): ReviewDue[] {
  return statuses
    .map((s) => ({ ...s, days: daysBetween(s.asOf, today) }))
    .filter((s) => s.days > maxAgeDays)
    .sort((a, b) => b.days - a.days);
}

/** "review due: content/cases.yaml: dc-circuit-26-5006: as of 2026-06-08, 176 days" */
export function formatReviewDue(item: ReviewDue): string {
  return `review due: ${item.file}: ${item.id}: as of ${item.asOf.toISOString().slice(0, 10)}, ${item.days} days`;
}

/** Every dated status in the case data of `file`: the overall status first, then each case, in file order. */
export function caseStatusDates(file: string, data: Pick<CasesFile, 'status' | 'cases'> | undefined): DatedStatus[] {
  if (!data) return [];
  return [{ file, id: 'status', asOf: data.status.asOf }, ...data.cases.map((c) => ({ file, id: c.id, asOf: c.asOf }))];
}

/** The review-due lines for the case data in a content report (English, which holds the dates), oldest first. */
export function reviewDueLines(report: ContentReport, today: Date): string[] {
  const cases = report.entries.get('cases')?.get(defaultLang);
  if (!cases) return [];
  const dated = caseStatusDates(cases.origin?.file ?? 'content/cases.yaml', cases.data as unknown as CasesFile);
  return reviewDue(dated, today).map(formatReviewDue);
}
