import { z } from 'astro/zod';
import { anchorId, plainText, sitePath, sourceIds } from './reference-fields.ts';

/** One term of the glossary (`content/glossary.yaml`). */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on /glossary/, e.g. "taxpayer-identity". */
  id: anchorId,
  /** The term as a reader meets it: "Taxpayer identity". */
  term: plainText,
  /** Other forms of the term a reader may meet, such as an abbreviation ("MOU"). */
  also: z.array(plainText).default([]),
  /** One or two sentences, in plain language. */
  definition: plainText.max(360, 'is longer than 360 characters (keep it to one or two sentences)'),
  /** Source IDs from content/sources/ that support the definition. */
  sources: sourceIds,
  /** A page of this site that says more, from the site root: "/law/6103/#b-6". */
  see: sitePath.optional(),
});

/** A validated glossary term. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A term's words in another language (`content/glossary.<lang>.yaml`); the rest comes from the English entry. */
export const glossaryOverlaySchema = z.strictObject({
  /** The English entry's id. */
  id: anchorId,
  /** The term in this language. */
  term: plainText,
  /** Other forms a reader of this language may meet or type. */
  also: z.array(plainText).default([]),
  /** One or two sentences, in plain language. */
  definition: plainText.max(360, 'is longer than 360 characters (keep it to one or two sentences)'),
});

/** A translated term. */
export type GlossaryOverlay = z.infer<typeof glossaryOverlaySchema>;
