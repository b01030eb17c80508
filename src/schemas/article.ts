import { z } from 'astro/zod';
import { isoDay } from './dates.ts';
import { langCodes } from '../site.ts';

/** What kind of change a `changes` entry records. */
export const changeKinds = ['correction', 'update'] as const;

/** One entry of an article's public record of changes. */
export const articleChangeSchema = z.strictObject({
  /** The day the change was made, YYYY-MM-DD. */
  date: isoDay,
  /** `correction`: something we had wrong; `update`: new facts added. */
  kind: z.enum(changeKinds, { error: 'must be "correction" or "update"' }),
  /** The id of the heading (section) the change touched, e.g. "the-tigta-report". */
  section: z
    .string({ error: 'is missing' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a heading id (lower-case words joined by hyphens)'),
  /** One plain line that tells a reader what changed. */
  text: z.string({ error: 'is missing' }).trim().min(1, 'is empty'),
});

export type ArticleChange = z.infer<typeof articleChangeSchema>;

/** Frontmatter of an article in `content/articles/<lang>/<slug>.mdx`. */
export const articleSchema = z.strictObject({
  /** The page's H1 and <title>. */
  title: z.string({ error: 'is missing' }).trim().min(1, 'is empty'),
  /** One sentence for cards, search results and <meta name="description">. */
  description: z.string({ error: 'is missing' }).trim().min(1, 'is empty').max(160, 'is longer than 160 characters'),
  /** A plain-language summary of at most 120 words, shown under the title. */
  summary: z
    .string({ error: 'is missing' })
    .trim()
    .min(1, 'is empty')
    .refine((s) => s.split(/\s+/).length <= 120, 'is longer than 120 words'),
  /** The "In short" box: 3 to 5 bullets. */
  inShort: z.array(z.string().trim().min(1)).min(3, 'needs at least 3 bullets').max(5, 'has more than 5 bullets'),
  /** First publication date. */
  published: isoDay,
  /** Date of the last substantive change. */
  updated: isoDay,
  /** Date the facts were last checked against the sources. */
  reviewed: isoDay,
  /** Opens the article with the status line (where the lawsuits stand, from content/cases.yaml): set it on articles with live content. */
  showStatus: z.boolean({ error: 'must be true or false' }).default(false),
  /** Language of the article; must match its folder. */
  lang: z.enum(langCodes),
  /** Pairs an article with its translation: the same key in every language. */
  translationKey: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'must be lower-case words joined by hyphens'),
  /** Topics, used to group articles. */
  topics: z.array(z.string()).default([]),
  /** Drafts are checked but not published. */
  draft: z.boolean().default(false),
  /** Corrections and substantive updates made after publication, oldest first, shown to readers. */
  changes: z.array(articleChangeSchema).default([]),
  /** The article's name in the site menu, at most 32 characters ("ITIN filers"); the title when left out. */
  shortTitle: z.string().trim().min(1, 'is empty').max(32, 'is longer than 32 characters').optional(),
  /** The reader's need the article meets, one line on the home page's "Start here" ("I file taxes with an ITIN"). */
  need: z.string().trim().min(1, 'is empty').max(48, 'is longer than 48 characters').optional(),
  /**
   * Ids of the one to three sections that answer a reader's first question ("should-i-still-file-my-taxes"),
   * linked by their headings on the article's first screen. Each must be the id of a heading in the article.
   */
  answers: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a heading id (lower-case words joined by hyphens)'))
    .max(3, 'has more than 3 sections')
    .default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
