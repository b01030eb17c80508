import { z } from 'astro/zod';

/** Fields shared by the reference data (statute, timeline, glossary, cases). */

/** Trimmed, non-empty text. */
export const plainText = z.string({ error: 'is missing' }).trim().min(1, 'is empty');

/** An element id that a link can target and a reader can share: "i-2-A", "s7213A", "2025". */
export const anchorId = z
  .string({ error: 'is missing' })
  .regex(
    /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    'must be letters and digits joined by single hyphens (it becomes a #link)',
  );

/** A source ID; whether it is in the registry is checked by the content check, which has the registry. */
export const sourceId = z
  .string({ error: 'is missing' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a source ID from content/sources/ (lower-case letters, digits, hyphens)');

/** The sources of a statement: at least one source ID. */
export const sourceIds = z.array(sourceId).min(1, 'needs at least one source ID');

/** A link to a page of this site, written from the root ("/section-6103/#who-may-ask"). */
export const sitePath = z
  .string({ error: 'is missing' })
  .regex(/^\/\S*$/, 'must be a link from the site root, e.g. "/section-6103/#who-may-ask"');
