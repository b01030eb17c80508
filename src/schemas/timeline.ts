import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { anchorId, plainText, sitePath, sourceId } from './reference-fields.ts';

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
  sources: z.array(sourceId).min(1, 'needs at least one source ID'),
  /** The article section that tells the story, from the site root: "/irs-ice-agreement/#the-june-2025-request". */
  link: sitePath,
});

/** The whole file. */
export const timelineFileSchema = z.strictObject({
  /** Eras, oldest first. */
  eras: z.array(timelineEraSchema).min(1, 'needs at least one era'),
  /** Events in any order; the page sorts them by date. */
  events: z.array(timelineEventSchema),
});

/** A validated era. */
export type TimelineEra = z.infer<typeof timelineEraSchema>;
/** A validated event. */
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

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
  /** Every event of the English file, by id. */
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
