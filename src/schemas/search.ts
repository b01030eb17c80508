import { z } from 'astro/zod';
import { parseWholeCitation } from '../legal-citation.ts';
import { langCodes } from '../site.ts';

const langCode = z.enum(langCodes);

/** Trimmed, non-empty text. */
const words = z.string({ error: 'is missing' }).trim().min(1, 'is empty');

/** A page of this site, from the root, usually with an anchor: "/section-6103/#who-may-ask". */
const sitePath = z
  .string({ error: 'is missing' })
  .regex(/^\/\S*$/, 'must be a link from the site root, e.g. "/section-6103/#who-may-ask"');

/** A section of this site: a page with an anchor, "/itin-filers/#should-i-still-file-my-taxes". */
const sectionPath = z
  .string({ error: 'is missing' })
  .regex(/^\/\S*#\S+$/, 'must be a section link from the site root, e.g. "/itin-filers/#what-is-an-itin"');

/** Where an entry is written, for messages about it: "content/search/questions.yaml: en./itin-filers/#x (line 12)". */
const writtenAt = z.string();

// ---------------------------------------------------------------------------------------------------
// The files in content/search/, as authors write them.

/**
 * One group of words that mean the same thing: the reader's word and the site's word(s), e.g.
 * `[ITIN, individual taxpayer identification number]`. A search for any form also searches the others.
 */
export const aliasGroupSchema = z.array(words).min(2, 'needs at least two forms (the reader’s word and the site’s)');

/** `content/search/aliases.yaml`: alias groups for each language. */
export const aliasesFileSchema = z.partialRecord(langCode, z.array(aliasGroupSchema));

/** `content/search/stop-words.yaml`: words too common to search for on their own, per language. */
export const stopWordsFileSchema = z.partialRecord(langCode, z.array(words));

/** Where one citation leads while no statute page covers it. */
export const citationTargetSchema = z.strictObject({
  /** The citation as a reader writes it, read by the same parser as queries: "§ 6103(i)(2)", "Pub. L. 94-455". */
  cite: words.refine((cite) => parseWholeCitation(cite) !== undefined, {
    error: (issue) =>
      `"${String(issue.input)}" is not a citation the search can read (write it as "§ 6103(i)(2)" or "Pub. L. 94-455")`,
  }),
  /** The section that answers it, for each language that has one: "/section-6103/#what-does--6103i2-require". */
  targets: z.partialRecord(langCode, sitePath),
});

/** `content/search/citations.yaml`. */
export const citationsFileSchema = z.strictObject({
  /** The Code section that a bare subsection such as "(i)(2)" refers to on this site. */
  defaultSection: z.string({ error: 'is missing' }).regex(/^\d+[A-Za-z]?$/, 'must be a section number such as "6103"'),
  /** Fallback targets; the annotated statute page, where it has an anchor, is preferred to these. */
  targets: z.array(citationTargetSchema),
});

/**
 * `content/search/questions.yaml`: per language, the questions each section answers, in readers' own
 * words ("Will they deport me if I file?"). Keyed by the section's link; the search finds a section by
 * its questions as well as by its text, and never shows the questions as if the page said them.
 */
export const questionsFileSchema = z.partialRecord(
  langCode,
  z.record(sectionPath, z.array(words).min(1, 'needs at least one question')),
);

/** A subject the site does not cover, so that a search for it gets a plain "this site doesn't cover" answer. */
export const uncoveredTopicSchema = z.object({
  /** The subject as the answer names it: "asylum", "stimulus checks". */
  topic: words,
  /** The words a reader might search for it with; matching ignores case and accents. */
  forms: z.array(words).min(1, 'needs at least one form'),
  /** Sections of this site that come closest (where to get help, say), shown with the answer. */
  see: z.array(sectionPath.or(sitePath)).default([]),
});

/** `content/search/uncovered.yaml`: per language, subjects the site does not cover. */
export const uncoveredFileSchema = z.partialRecord(langCode, z.array(uncoveredTopicSchema));

export type AliasesFile = z.infer<typeof aliasesFileSchema>;
export type StopWordsFile = z.infer<typeof stopWordsFileSchema>;
export type CitationsFile = z.infer<typeof citationsFileSchema>;
export type QuestionsFile = z.infer<typeof questionsFileSchema>;
export type UncoveredFile = z.infer<typeof uncoveredFileSchema>;

// ---------------------------------------------------------------------------------------------------
// The `search` collection: one entry per language, assembled from the files above by the content layer.

/** A link to a section, with where it is written (the build checks that the section exists). */
const linkAt = z.object({
  /** The link: "/itin-filers/#should-i-still-file-my-taxes". */
  url: sitePath,
  /** Where the link is written, for a message if the build did not make that section. */
  at: writtenAt,
});

/** One language's search content: the `search` collection's entry for that language. */
export const searchLanguageSchema = z.object({
  /** The language. */
  lang: langCode,
  /** Alias groups (the glossary's own forms are added when the data is built). */
  aliases: z.array(aliasGroupSchema),
  /** Stop words. */
  stopWords: z.array(words),
  /** Reader questions, by section. */
  questions: z.array(linkAt.extend({ questions: z.array(words) })),
  /** Subjects the site does not cover. */
  uncovered: z.array(
    z.object({
      topic: words,
      forms: z.array(words),
      see: z.array(linkAt),
    }),
  ),
  /** Citation targets from citations.yaml for this language, with the citation as written. */
  citations: z.object({
    defaultSection: z.string(),
    targets: z.array(linkAt.extend({ cite: words })),
  }),
});

export type SearchLanguage = z.infer<typeof searchLanguageSchema>;

// ---------------------------------------------------------------------------------------------------
// What the build writes for the indexer (dist/search-source/<lang>.json): everything the index needs
// that is not in the built pages themselves. The indexer reads it, checks its links against the built
// pages, writes the files the search page fetches, and removes it.

/** A topic a reader can be pointed to when nothing matches: a glossary term or an article. */
export const searchTopicSchema = z.object({
  /** Its name: "ITIN", "If you file taxes with an ITIN: what is known". */
  label: z.string(),
  /** Its link. */
  url: sitePath,
  /** What it is. */
  kind: z.enum(['article', 'term']),
});

/** One anchor of the annotated statute page that a citation can lead to. */
export const statuteAnchorSchema = z.object({
  /** The citation the anchor holds: "§ 6103(i)(2)". */
  cite: z.string(),
  /** The anchor: "i-2". */
  id: z.string(),
  /** The heading shown for it: "Disclosure of returns and return information to law enforcement". */
  heading: z.string(),
});

/** `dist/search-source/<lang>.json`. */
export const searchSourceSchema = searchLanguageSchema.extend({
  /** The language's name in itself ("Español"), to label results from it. */
  label: z.string(),
  /** Stop words of the other languages that this one does not have, so their queries are not "corrected". */
  foreignStopWords: z.array(z.string()),
  /** Where the annotated statute page is in this language, and its anchors. */
  statute: z.object({ url: sitePath, anchors: z.array(statuteAnchorSchema) }),
  /** Glossary terms and the first articles, for "closest topics" when nothing matches. */
  topics: z.array(searchTopicSchema),
});

export type SearchSource = z.infer<typeof searchSourceSchema>;
export type SearchTopic = z.infer<typeof searchTopicSchema>;
