import { z } from 'astro/zod';
import { isoDay, partialDate } from './dates.ts';
import { anchorId, plainText, sitePath, sourceId } from './reference-fields.ts';
import { languages } from '../site.ts';

const langCodes = Object.keys(languages) as [keyof typeof languages, ...(keyof typeof languages)[]];

/**
 * The case data (`content/cases.yaml`): every lawsuit and appeal over the IRS–ICE agreement, with its
 * rulings and where it stood, and one overall status for the status line. It is the one source of every
 * statement on the site about where a case stands. Text fields are English here; a language overlay
 * (`content/cases.<lang>.yaml`, schema below) gives the same fields in another language, by the same ids.
 */

/** A case's stable id, court and number where known: "dc-circuit-26-5006", "ddc-25-cv-00457". Never rename one. */
export const caseId = z
  .string({ error: 'is missing' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters and digits joined by hyphens, e.g. "dc-circuit-26-5006"',
  );

/** A status: a clause that reads after "As of June 8, 2026," — so it starts lower-case unless it starts with a name. */
const statusClause = plainText
  .max(220, 'is longer than 220 characters (keep it to one clause a reader can take in at once)')
  .refine(
    (s) => !/[.!?]$/.test(s),
    'must not end with a full stop: the page adds the date before it and ends the sentence',
  );

/** Source IDs from content/sources/; at least one. */
const sourceIds = z.array(sourceId).min(1, 'needs at least one source ID');

/** One ruling or order of the court in a case. */
export const caseRulingSchema = z.object({
  /** Stable within its case, e.g. "pi-denied"; a timeline event names it as `case` + `ruling`. */
  id: anchorId,
  /** When it was issued, as precisely as the sources say: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate,
  /** What it did, as a short label for the cases table: "Preliminary injunction denied". */
  action: plainText.max(120, 'is longer than 120 characters (it is a label; the sentence goes in `text`)'),
  /** What it did, as one sentence in the timeline's voice (present tense, names the judge or court). */
  text: plainText.max(240, 'is longer than 240 characters (keep it to one line)'),
  /** Source IDs that support the ruling and what it did. */
  sources: sourceIds,
});

/** One lawsuit, or one appeal in a lawsuit. */
export const caseSchema = z.object({
  /** Stable id, e.g. "dc-circuit-26-5006". */
  id: caseId,
  /** The case caption as courts write it: "Center for Taxpayer Rights v. IRS". */
  name: plainText,
  /** The court, in full: "U.S. Court of Appeals for the D.C. Circuit". */
  court: plainText,
  /** The court as a short citation: "D.C. Cir.", "D.D.C.", "D. Mass.". */
  courtShort: plainText.max(20, 'is longer than 20 characters (it is the short form, e.g. "D.C. Cir.")'),
  /** The docket number as written: "No. 26-5006". Left out when no source we can cite confirms it. */
  docket: plainText.optional(),
  /** The judge, or the appeals panel. Left out when the sources do not name them. */
  judge: plainText.optional(),
  /** For an appeal: the id of the case whose ruling is appealed. */
  appealOf: caseId.optional(),
  /** When the suit or the appeal was filed. Left out when the sources do not give the date. */
  filed: partialDate.optional(),
  /** The court's rulings and orders, oldest first. */
  rulings: z.array(caseRulingSchema).default([]),
  /** What the court has ordered that is in force, in one or two sentences. Left out when nothing is. */
  inForce: plainText.max(400, 'is longer than 400 characters').optional(),
  /** Where the case stood on `asOf`: one clause (see above), e.g. "we found no decision on the appeal". */
  status: statusClause,
  /** The newest day the sources support the status: never after the research cut-off. */
  asOf: isoDay,
  /** Source IDs that support the status and what is in force. */
  sources: sourceIds,
  /** The article section that tells the case, from the site root: "/irs-ice-agreement/#center-for-taxpayer-rights-v-irs". */
  link: sitePath,
});

/** The one-sentence status of all the cases, shown by the status line on the home page and live articles. */
export const overallStatusSchema = z.object({
  /** The newest day the sources support it: never after the research cut-off. */
  asOf: isoDay,
  /** A clause that reads after "Status as of June 8, 2026:" (see `status` above). */
  text: statusClause,
  /** Source IDs that support it. */
  sources: sourceIds,
  /** Where a reader finds the detail, from the site root: the cases table. */
  link: sitePath,
});

/** The whole of `content/cases.yaml`. */
export const casesFileSchema = z.object({
  /** The overall status. */
  status: overallStatusSchema,
  /** Every lawsuit and appeal, each appeal after the case it appeals. */
  cases: z.array(caseSchema).min(1, 'needs at least one case'),
});

/** A validated ruling. */
export type CaseRuling = z.infer<typeof caseRulingSchema>;
/** A validated case. */
export type Case = z.infer<typeof caseSchema>;
/** The validated overall status. */
export type OverallStatus = z.infer<typeof overallStatusSchema>;
/** The validated file. */
export type CasesFile = z.infer<typeof casesFileSchema>;

/**
 * A language overlay, `content/cases.<lang>.yaml`: the text fields only, by the same ids. A case left out
 * is shown in English (marked as such); a case that is in the overlay gives every text field it has.
 */
const onlyText = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `has ${issue.keys?.map((k) => `"${k}"`).join(', ')}, not a text field: dates, dockets and sources are set once, in content/cases.yaml`
      : undefined,
};
export const casesOverlaySchema = z.strictObject(
  {
    /** The overall status, translated. */
    status: z.strictObject({ text: statusClause, link: sitePath.optional() }, onlyText).optional(),
    /** Translated cases, by id. */
    cases: z
      .array(
        z.strictObject(
          {
            /** The id of the case in content/cases.yaml. */
            id: caseId,
            /** The court, translated. */
            court: plainText,
            /** The judge or panel, translated (titles such as "Judge" differ by language). */
            judge: plainText.optional(),
            /** Each ruling's label and sentence, by ruling id. */
            rulings: z
              .array(
                z.strictObject(
                  { id: anchorId, action: caseRulingSchema.shape.action, text: caseRulingSchema.shape.text },
                  onlyText,
                ),
              )
              .default([]),
            /** What is in force, translated. */
            inForce: caseSchema.shape.inForce,
            /** The status clause, translated. */
            status: statusClause,
            /** The same section in this language's article, when its path differs. */
            link: sitePath.optional(),
          },
          onlyText,
        ),
      )
      .default([]),
  },
  onlyText,
);

/** Fields the loader adds to each case and status, per language. */
const localized = {
  /** The language of the page the entry is for. */
  lang: z.enum(langCodes),
  /** The language its text is in: the page's when translated, else English. */
  textLang: z.enum(langCodes),
  /** Position in content/cases.yaml, so pages list cases in the file's order. */
  order: z.number().int(),
};

/** A case as the `cases` collection holds it: one entry per language. */
export const localizedCaseSchema = caseSchema.extend(localized);

/** The overall status as the `caseStatus` collection holds it: one entry per language. */
export const localizedStatusSchema = overallStatusSchema.extend(localized);

/** A validated overlay. */
export type CasesOverlay = z.infer<typeof casesOverlaySchema>;
