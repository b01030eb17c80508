import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { anchorId, plainText, sitePath, sourceId } from './reference-fields.ts';

/** The timeline (`content/timeline.yaml`): eras, and the events that fall into them by date. */

/** A stretch of the story; an event belongs to the last era that starts on or before its date. */
export const timelineEraSchema = z.object({
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
export const timelineEventSchema = z.object({
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
export const timelineFileSchema = z.object({
  /** Eras, oldest first. */
  eras: z.array(timelineEraSchema).min(1, 'needs at least one era'),
  /** Events in any order; the page sorts them by date. */
  events: z.array(timelineEventSchema),
});

/** A validated era. */
export type TimelineEra = z.infer<typeof timelineEraSchema>;
/** A validated event. */
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
