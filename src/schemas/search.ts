import { z } from 'astro/zod';
import { langCodes } from '../site.ts';

/** Trimmed, non-empty text. */
const words = z.string({ error: 'is missing' }).trim().min(1, 'is empty');

/** A page of this site, from the root, usually with an anchor: "/section-6103/#who-may-ask". */
const sitePath = z
  .string({ error: 'is missing' })
  .regex(/^\/\S*$/, 'must be a link from the site root, e.g. "/section-6103/#who-may-ask"');

/**
 * One group of words that mean the same thing: the reader's word and the site's word(s), e.g.
 * `[ITIN, individual taxpayer identification number]`. A search for any form also searches the others.
 */
export const aliasGroupSchema = z.array(words).min(2, 'needs at least two forms (the reader’s word and the site’s)');

/** `content/search/aliases.yaml`: alias groups for each language. */
export const aliasesFileSchema = z.partialRecord(z.enum(langCodes), z.array(aliasGroupSchema));

/** `content/search/stop-words.yaml`: words too common to search for on their own, per language. */
export const stopWordsFileSchema = z.partialRecord(z.enum(langCodes), z.array(words));

/** Where one citation leads while no statute page covers it. */
export const citationTargetSchema = z.strictObject({
  /** The citation as a reader writes it, read by the same parser as queries: "§ 6103(i)(2)", "Pub. L. 94-455". */
  cite: words,
  /** The section that answers it, for each language that has one: "/section-6103/#what-does--6103i2-require". */
  targets: z.partialRecord(z.enum(langCodes), sitePath),
});

/** `content/search/citations.yaml`. */
export const citationsFileSchema = z.strictObject({
  /** The Code section that a bare subsection such as "(i)(2)" refers to on this site. */
  defaultSection: z.string({ error: 'is missing' }).regex(/^\d+[A-Za-z]?$/, 'must be a section number such as "6103"'),
  /** Fallback targets; the annotated statute page, where it has an anchor, is preferred to these. */
  targets: z.array(citationTargetSchema),
});

export type AliasesFile = z.infer<typeof aliasesFileSchema>;
export type StopWordsFile = z.infer<typeof stopWordsFileSchema>;
export type CitationsFile = z.infer<typeof citationsFileSchema>;
