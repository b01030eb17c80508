import { z } from 'astro/zod';
import { isoDay, partialDate } from './dates.ts';

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

/**
 * How a source's link was found: `seen` = the URL was returned by a search of stored material (ours, or
 * as listed in the fact base); `pattern` = built from the publisher's known URL pattern and not seen.
 */
export const urlFoundValues = ['seen', 'pattern'] as const;

export type UrlFound = (typeof urlFoundValues)[number];

/** One entry of the source registry (`content/sources/*.yaml`). */
export const sourceSchema = z
  .strictObject({
    /** Stable ID that articles cite as `[@id]`. */
    id: z
      .string({ error: 'is missing' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
    /** The document's own title (or headline). */
    title: z.string({ error: 'is missing' }).trim().min(1, 'is empty'),
    /** BCP-47 code of the title's language (e.g. `es`); left out when the title is in English. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 language code such as "es"')
      .optional(),
    /** Who issued it: court, agency, outlet, author (for a licensed copy, the original outlet first). */
    issuer: z.string({ error: 'is missing' }).trim().min(1, 'is empty'),
    /** The document's date, as precise as is known. */
    date: partialDate,
    /** Where to read it. Only news may lack one (the copy found was a scraper; the original is named instead). */
    url: z.url({ protocol: /^https?$/, error: 'is not an http(s) URL' }).optional(),
    /** How the link was found: `seen` in stored material, or built from a URL `pattern`. Required with `url`. */
    urlFound: z.enum(urlFoundValues, { error: 'must be "seen" or "pattern"' }).optional(),
    /** The day (YYYY-MM-DD) on which how the link was found was last established. Required with `url`. */
    urlChecked: isoDay.optional(),
    /** The kind of document. */
    kind: z.enum(sourceKinds),
    /** The document itself or the issuing body's own page (a statute, court record, agency or member's own statement). */
    primary: z.boolean({ error: 'must be true or false' }),
    /** One short line shown after the citation. */
    note: z.string().trim().min(1).optional(),
    /** The same line in Spanish, shown on Spanish pages (without it they show `note`, marked as English). */
    noteEs: z.string().trim().min(1).optional(),
  })
  .refine((s) => s.url !== undefined || s.kind === 'news', {
    path: ['url'],
    message: 'is missing (only news sources may leave it out)',
  })
  .refine((s) => s.url === undefined || s.urlFound !== undefined, {
    path: ['urlFound'],
    message: 'is missing (say how the url was found: "seen" or "pattern")',
  })
  .refine((s) => s.url === undefined || s.urlChecked !== undefined, {
    path: ['urlChecked'],
    message: 'is missing (the day the url was last checked, YYYY-MM-DD)',
  })
  .refine((s) => s.noteEs === undefined || s.note !== undefined, {
    path: ['noteEs'],
    message: 'translates `note`, which is missing',
  })
  .refine((s) => s.url !== undefined || (s.urlFound === undefined && s.urlChecked === undefined), {
    path: ['urlFound'],
    message: 'is only for a source with a url',
  });

export type Source = z.infer<typeof sourceSchema>;
