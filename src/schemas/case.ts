import { z } from 'astro/zod';
import { isoDay, partialDate } from './dates.ts';
import { anchorId, plainText, sitePath, sourceIds } from './reference-fields.ts';
import { languages, type Lang } from '../site.ts';

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

/** One ruling or order of the court in a case. */
export const caseRulingSchema = z.strictObject({
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
export const caseSchema = z.strictObject({
  /** Stable id, e.g. "dc-circuit-26-5006". */
  id: caseId,
  /** The case caption as courts write it: "Center for Taxpayer Rights v. IRS". */
  name: plainText,
  /** The language of the caption's words when they are not English ("es" for Centro de Trabajadores Unidos), so readers pronounce them right. */
  nameLang: z
    .enum(Object.keys(languages) as [Lang, ...Lang[]], { error: 'must be a language code of this site' })
    .optional(),
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
export const overallStatusSchema = z.strictObject({
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
export const casesFileSchema = z.strictObject({
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
 * A language overlay, `content/cases.<lang>.yaml`: the words only, by the same ids (every case and ruling of
 * the English file). Dates, dockets, judges' names as written, sources and links are set once, in cases.yaml.
 */
export const casesOverlaySchema = z.strictObject({
  /** The overall status, translated. */
  status: z.strictObject({
    /** The clause after "Status as of …:" in this language. */
    text: statusClause,
    /** The cases table in this language's article, when its path differs from the English one. */
    link: sitePath.optional(),
  }),
  /** Every case, by id. */
  cases: z.array(
    z.strictObject({
      /** The id of the case in content/cases.yaml. */
      id: caseId,
      /** The court, translated. */
      court: plainText,
      /** The judge or panel, translated (titles such as "Judge" differ by language). */
      judge: plainText.optional(),
      /** Every ruling's label and sentence, by ruling id. */
      rulings: z
        .array(
          z.strictObject({
            /** The id of the ruling in content/cases.yaml. */
            id: anchorId,
            /** The short label, translated. */
            action: caseRulingSchema.shape.action,
            /** The timeline sentence, translated. */
            text: caseRulingSchema.shape.text,
          }),
        )
        .default([]),
      /** What is in force, translated. */
      inForce: caseSchema.shape.inForce,
      /** The status clause, translated. */
      status: statusClause,
      /** The case's section in this language's article, when its path differs. */
      link: sitePath.optional(),
    }),
  ),
});

/** A validated overlay. */
export type CasesOverlay = z.infer<typeof casesOverlaySchema>;

/** A case as a page in one language shows it. */
export type LocalizedCase = Case & {
  /** Position in content/cases.yaml, so pages list cases in the file's order. */
  order: number;
};

/** The `cases` collection's entry for one language ("en", "es"): the overall status and every case. */
export type CasesEntry = {
  /** The language of the words. */
  lang: Lang;
  /** The overall status. */
  status: OverallStatus;
  /** Every lawsuit and appeal, in the file's order. */
  cases: LocalizedCase[];
};
