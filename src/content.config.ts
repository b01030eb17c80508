import { defineCollection } from 'astro:content';
import { contentLoader } from './content/loader.ts';
import {
  articlesSpec,
  pagesSpec,
  sourcesSpec,
  statuteSpec,
  timelineSpec,
  glossarySpec,
  refusedDomainsSpec,
  numberExceptionsSpec,
  casesSpec,
  searchSpec,
} from './content/collections/index.ts';
import {
  articleEntrySchema,
  pageEntrySchema,
  sourceSchema,
  statuteEntrySchema,
  timelineEntrySchema,
  glossaryEntrySchema,
  refusedDomainsEntrySchema,
  numberExceptionsEntrySchema,
  casesEntrySchema,
  searchEntrySchema,
} from './schemas/entries.ts';

/**
 * Every collection of the site. Each is read by the content layer (src/content/): one read of its files,
 * every problem reported as `file: field (line N): message`, the valid entries stored. The schemas here give
 * the stored entries their types; the content layer has already validated them.
 */

/** Articles: `content/articles/<lang>/<slug>.mdx`; id "<lang>/<slug>". */
const articles = defineCollection({ loader: contentLoader(articlesSpec), schema: articleEntrySchema });

/** Pages that are not articles, such as About: `content/pages/<lang>/<slug>.mdx`. */
const pages = defineCollection({ loader: contentLoader(pagesSpec), schema: pageEntrySchema });

/** The source registry: every entry of every `content/sources/*.yaml` list, by source ID. */
const sources = defineCollection({ loader: contentLoader(sourcesSpec), schema: sourceSchema });

/** The annotated statute on /law/6103/: one entry per section and language ("en/s6103"). */
const statute = defineCollection({ loader: contentLoader(statuteSpec), schema: statuteEntrySchema });

/** The timeline: one entry per language ("en") with its eras and events. */
const timeline = defineCollection({ loader: contentLoader(timelineSpec), schema: timelineEntrySchema });

/** The glossary: one entry per term and language ("en/itin"). */
const glossary = defineCollection({ loader: contentLoader(glossarySpec), schema: glossaryEntrySchema });

/** Domains the site never links to (one entry, "all"). */
const refusedDomains = defineCollection({
  loader: contentLoader(refusedDomainsSpec),
  schema: refusedDomainsEntrySchema,
});

/** Paragraphs allowed to state a number without a footnote (one entry, "all"). */
const numberExceptions = defineCollection({
  loader: contentLoader(numberExceptionsSpec),
  schema: numberExceptionsEntrySchema,
});

/** The case data (`content/cases.yaml` and its translations): one entry per language ("en") with the status and the cases. */
const cases = defineCollection({ loader: contentLoader(casesSpec), schema: casesEntrySchema });
/** The search's own content (content/search/*.yaml): one entry per language, keyed by its code. */
const search = defineCollection({ loader: contentLoader(searchSpec), schema: searchEntrySchema });

export const collections = {
  articles,
  pages,
  sources,
  statute,
  timeline,
  glossary,
  refusedDomains,
  numberExceptions,
  cases,
  search,
};
