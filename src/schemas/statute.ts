import { z } from 'astro/zod';
import { anchorId, plainText, sitePath, sourceId } from './reference-fields.ts';

/**
 * The annotated statute (`content/statute/*.yaml`, one file per section of the Code), shown on
 * /law/6103/. Every provision has a stable anchor that articles link to.
 */

/** One line of the statute's own words, indented by its depth in the outline. */
export const statuteLineSchema = z.union([
  plainText.transform((text) => ({ text, indent: 0 })),
  z.strictObject({
    /** The words, exactly as the Code prints them ("[…]" marks words we left out). */
    text: plainText,
    /** Outline depth under the provision's first line: 1 for "(i)" under "(A)", and so on. */
    indent: z.number().int().min(0).max(4),
  }),
]);

/** One line of statutory text, normalized. */
export type StatuteLine = z.infer<typeof statuteLineSchema>;

const partFields = {
  /** Anchor on /law/6103/, e.g. "i-2-A"; unique across every statute file. */
  id: anchorId,
  /** The citation as a reader would write it: "§ 6103(i)(2)(A)". */
  cite: plainText,
  /** The Code's own heading for the provision, e.g. "In general". */
  heading: plainText,
  /** The statute's exact words. Leave out rather than reconstruct anything not read verbatim. */
  text: z.array(statuteLineSchema).min(1, 'is empty').optional(),
  /** Our own summary, for words we could not read verbatim; the page labels it as not the statute's words. */
  summary: plainText.optional(),
  /** What the provision means, in plain language. */
  note: plainText,
  /** Where the words come from, if not the section's own source. */
  source: sourceId.optional(),
  /** An article section that says how the provision is used or read: shown as "More: <label>". */
  see: z
    .object({
      /** The section, from the site root: "/section-6103/#who-may-ask". */
      link: sitePath,
      /** The link text, naming what the reader will find there. */
      label: plainText,
    })
    .optional(),
};

const hasWords = (p: { text?: unknown; summary?: unknown }) => p.text !== undefined || p.summary !== undefined;
const wordsMessage = 'is missing: give the exact words (text) or a labelled summary';

/** A subdivision shown under a provision, e.g. (i)(2)(A) under (i)(2). */
export const statutePartSchema = z.strictObject(partFields).refine(hasWords, { path: ['text'], message: wordsMessage });

/** A provision with its own heading on the page, e.g. § 6103(i)(2). */
export const statuteProvisionSchema = z
  .object({
    ...partFields,
    /** Subdivisions shown under this provision, each with its own anchor. */
    parts: z.array(statutePartSchema).default([]),
  })
  .refine((p) => hasWords(p) || p.parts.length > 0, { path: ['text'], message: wordsMessage });

/** One section of the Code with the provisions this site explains. */
export const statuteSectionSchema = z.strictObject({
  /** Anchor of the section's heading, e.g. "s6103", "s7213A". */
  id: anchorId,
  /** Section number as printed: "6103", "7213A". */
  number: plainText,
  /** The Code's heading of the section. */
  title: plainText,
  /** Position on the page; lower comes first. */
  order: z.number({ error: 'must be a number' }).int(),
  /** Which version of the Code the words are from, and how they were checked. */
  version: plainText,
  /** Source ID of the text we quote (the registry entry for this section). */
  source: sourceId,
  /** Source ID of the official text (Office of the Law Revision Counsel), linked beside the section. */
  official: sourceId,
  /** What the section is for, in plain language. */
  intro: plainText,
  /** The provisions shown, in the Code's order. */
  provisions: z.array(statuteProvisionSchema).min(1, 'needs at least one provision'),
});

/** A validated statute section. */
export type StatuteSection = z.infer<typeof statuteSectionSchema>;
/** A validated provision. */
export type StatuteProvision = z.infer<typeof statuteProvisionSchema>;
/** A validated part of a provision. */
export type StatutePart = z.infer<typeof statutePartSchema>;

const overlayPartFields = {
  /** The English provision's id. */
  id: anchorId,
  /** The Code's heading, rendered in this language. */
  heading: plainText,
  /** What the provision means, in plain language. */
  note: plainText,
  /** Our summary of words left out, in this language (where the English has one). */
  summary: plainText.optional(),
  /** An unofficial rendering of the statute's words in this language, line for line with `text`. */
  textEs: z.array(statuteLineSchema).optional(),
  /** The label of the English `see` link, in this language. */
  see: z.strictObject({ /** The link text. */ label: plainText }).optional(),
};

/** A part's words in another language. */
export const statutePartOverlaySchema = z.strictObject(overlayPartFields);

/** A provision's words in another language. */
export const statuteProvisionOverlaySchema = z.strictObject({
  ...overlayPartFields,
  /** Its parts, by id. */
  parts: z.array(statutePartOverlaySchema).default([]),
});

/** A statute section's words in another language (`content/statute/<n>.<lang>.yaml`); the statute's own words stay English. */
export const statuteOverlaySchema = z.strictObject({
  /** The English section's id. */
  id: anchorId,
  /** The Code's heading of the section, rendered in this language. */
  title: plainText,
  /** Which version of the Code the words are from, in this language. */
  version: plainText,
  /** What the section is for, in plain language. */
  intro: plainText,
  /** Its provisions, by id, in the English order. */
  provisions: z.array(statuteProvisionOverlaySchema),
});

/** A translated statute section. */
export type StatuteOverlay = z.infer<typeof statuteOverlaySchema>;
