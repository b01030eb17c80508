import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { anchorId, plainText, sitePath, sourceIds } from './reference-fields.ts';

/** The timeline (`content/timeline.yaml`): eras, and the events that fall into them by date. */

/** A stretch of the story; an event belongs to the last era that starts on or before its date. */
export const timelineEraSchema = z.strictObject({
  /** Anchor on /timeline/, e.g. "1976-2024". */
  id: anchorId,
  /** Heading shown on the page, e.g. "1976–2024". */
  title: plainText,
  /** First day (or month, or year) of the era. */
  from: partialDate,
  /** One sentence on what the era is about. */
  summary: plainText,
});

/** One dated event. */
export const timelineEventSchema = z.strictObject({
  /** Anchor on /timeline/, e.g. "tax-reform-act-signed". */
  id: anchorId,
  /** When it happened, as precisely as the sources say: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate,
  /** What happened, in one line. */
  text: plainText.max(240, 'is longer than 240 characters (keep it to one line)'),
  /** Source IDs from content/sources/ that support the line. */
  sources: sourceIds,
  /** The article section that tells the story, from the site root: "/irs-ice-agreement/#the-june-2025-request". */
  link: sitePath,
});

/** "ddc-centro/pi-denied": a ruling in content/cases.yaml, named by its case id and its ruling id. */
export const rulingRef = z
  .string({ error: 'is missing' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    'must be "<case id>/<ruling id>" naming a ruling in content/cases.yaml, e.g. "ddc-centro/pi-denied"',
  );

/**
 * An event that is a court ruling, written as its id and `ruling` only: its date, text and sources come from
 * that ruling in content/cases.yaml (and its translation from cases.<lang>.yaml), so the timeline can never
 * say something other than the case data.
 */
export const timelineRulingEventSchema = z.strictObject({
  /** Anchor on /timeline/, as for any event. */
  id: anchorId,
  /** The ruling, "<case id>/<ruling id>". */
  ruling: rulingRef,
  /** The article section that tells the story; the case's own `link` when left out. */
  link: sitePath.optional(),
});

/** An item of `events`: a ruling event when it has a `ruling` key, else an event in its own words. */
const timelineItemSchema = z.unknown().transform((value, ctx) => {
  const isRuling = value !== null && typeof value === 'object' && 'ruling' in value;
  const parsed = isRuling ? timelineRulingEventSchema.safeParse(value) : timelineEventSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: value } as never);
  return z.NEVER;
});

/** The whole file. */
export const timelineFileSchema = z.strictObject({
  /** Eras, oldest first. */
  eras: z.array(timelineEraSchema).min(1, 'needs at least one era'),
  /** Events in any order; the page sorts them by date. */
  events: z.array(timelineItemSchema),
});

/** A validated era. */
export type TimelineEra = z.infer<typeof timelineEraSchema>;
/** A validated event in its own words. */
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
/** A ruling event as written: its words and date are the ruling's. */
export type TimelineRulingEvent = z.infer<typeof timelineRulingEventSchema>;
/** An item of the timeline's `events`. */
export type TimelineItem = TimelineEvent | TimelineRulingEvent;

/** True for an event that takes its words from a ruling in the case data. */
export function isRulingEvent(event: TimelineItem): event is TimelineRulingEvent {
  return 'ruling' in event;
}

/** The timeline's words in another language (`content/timeline.<lang>.yaml`): the same ids, text fields only. */
export const timelineOverlaySchema = z.strictObject({
  /** Every era of the English file, by id. */
  eras: z.array(
    z.strictObject({
      /** The English era's id. */
      id: anchorId,
      /** Heading shown on the page. */
      title: plainText,
      /** One sentence on what the era is about. */
      summary: plainText,
    }),
  ),
  /** Every event of the English file that has its own words, by id (a ruling event's words are in cases.<lang>.yaml). */
  events: z.array(
    z.strictObject({
      /** The English event's id. */
      id: anchorId,
      /** What happened, in one line. */
      text: plainText.max(240, 'is longer than 240 characters (keep it to one line)'),
    }),
  ),
});

/** A translated timeline file. */
export type TimelineOverlay = z.infer<typeof timelineOverlaySchema>;

/** "2025" → "2025-00-00", "2025-08" → "2025-08-00": a partial date sorts before the days it contains. */
export function dateSortKey(date: string): string {
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The era an event on `date` belongs to: the last one starting on or before it (eras oldest first). */
export function eraOf<E extends Pick<TimelineEra, 'from'>>(eras: readonly E[], date: string): E | undefined {
  const key = dateSortKey(date);
  let found: E | undefined;
  for (const era of eras) if (dateSortKey(era.from) <= key) found = era;
  return found;
}
