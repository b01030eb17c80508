import { z } from 'astro/zod';
import { partialDate } from './dates.ts';

/** What a source is. The order here is the order of the groups on the sources page. */
export const sourceKinds = [
  'statute',
  'court',
  'agency',
  'congressional',
  'watchdog',
  'party',
  'record',
  'news',
  'analysis',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

/** One entry of the source registry (`content/sources/*.yaml`). */
export const sourceSchema = z
  .object({
    /** Stable ID that articles cite as `[@id]`. */
    id: z
      .string({ error: 'is missing' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
    /** The document's own title (or headline). */
    title: z.string({ error: 'is missing' }).trim().min(1, 'is empty'),
    /** Who issued it: court, agency, outlet, author. */
    issuer: z.string({ error: 'is missing' }).trim().min(1, 'is empty'),
    /** The document's date, as precise as is known. */
    date: partialDate,
    /** Where to read it. Only news may lack one (the copy found was a scraper; the original is named instead). */
    url: z.url({ protocol: /^https?$/, error: 'is not an http(s) URL' }).optional(),
    /** The kind of document. */
    kind: z.enum(sourceKinds),
    /** The document itself or the issuing body's own page. */
    primary: z.boolean({ error: 'must be true or false' }),
    /** One short line shown after the citation. */
    note: z.string().trim().min(1).optional(),
  })
  .refine((s) => s.url !== undefined || s.kind === 'news', {
    path: ['url'],
    message: 'is missing (only news sources may leave it out)',
  });

export type Source = z.infer<typeof sourceSchema>;
