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

/** "ddc-centro/pi-denied": a ruling in content/cases.yaml, named by its case id and its ruling id. */
export const rulingRef = z
  .string({ error: 'is missing' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    'must be "<case id>/<ruling id>" naming a ruling in content/cases.yaml, e.g. "ddc-centro/pi-denied"',
  );

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
  /** Set by the content layer on an event taken from a ruling in content/cases.yaml (see below). */
  ruling: rulingRef.optional(),
});

/**
 * An event that is a court ruling: written in the file as its id and `ruling` only. Its date, text and sources
 * come from the ruling in content/cases.yaml, so the timeline never says something else than the case data.
 */
export const timelineRulingEventSchema = z.strictObject(
  {
    /** Anchor on /timeline/, as for any event. */
    id: anchorId,
    /** The ruling, "<case id>/<ruling id>". */
    ruling: rulingRef,
    /** The article section that tells the story; the case's own `link` when left out. */
    link: sitePath.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has ${issue.keys.map((k) => `"${k}"`).join(', ')}: an event with \`ruling\` takes its date, text and sources from content/cases.yaml`
        : undefined,
  },
);

/** An item of the file's `events`: a ruling event when it has a `ruling` key, else an event in its own words. */
const timelineItemSchema = z.unknown().transform((value, ctx) => {
  const isRuling = value !== null && typeof value === 'object' && 'ruling' in value;
  const parsed = isRuling ? timelineRulingEventSchema.safeParse(value) : timelineEventSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: value } as never);
  return z.NEVER;
});

/** The whole file. */
export const timelineFileSchema = z.object({
  /** Eras, oldest first. */
  eras: z.array(timelineEraSchema).min(1, 'needs at least one era'),
  /** Events in any order; the page sorts them by date. */
  events: z.array(timelineItemSchema),
});

/** A validated era. */
export type TimelineEra = z.infer<typeof timelineEraSchema>;
/** A validated event, with its date, text and sources (taken from the case data for a ruling event). */
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
/** A ruling event as written in the file. */
export type TimelineRulingEvent = z.infer<typeof timelineRulingEventSchema>;
