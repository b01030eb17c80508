import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { sourceSchema } from './schemas/source.ts';
import { statuteSectionSchema } from './schemas/statute.ts';
import { timelineEraSchema, timelineEventSchema } from './schemas/timeline.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { pageSchema } from './schemas/page.ts';
import { searchLanguageSchema } from './schemas/search.ts';
import {
  glossaryLoader,
  searchLoader,
  sourcesLoader,
  statuteLoader,
  timelineErasLoader,
  timelineEventsLoader,
} from './content/loaders.ts';

/** Articles: `content/articles/<lang>/<slug>.mdx`; the entry id is "<lang>/<slug>". */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

/** The source registry: every entry of every `content/sources/*.yaml` list. */
const sources = defineCollection({ loader: sourcesLoader(), schema: sourceSchema });

/** The annotated statute on /law/6103/: one entry per `content/statute/*.yaml` section. */
const statute = defineCollection({ loader: statuteLoader(), schema: statuteSectionSchema });

/** The eras of `content/timeline.yaml`. */
const timelineEras = defineCollection({ loader: timelineErasLoader(), schema: timelineEraSchema });

/** The events of `content/timeline.yaml`. */
const timeline = defineCollection({ loader: timelineEventsLoader(), schema: timelineEventSchema });

/** The terms of `content/glossary.yaml`. */
const glossary = defineCollection({ loader: glossaryLoader(), schema: glossaryTermSchema });

/** Content pages that are not articles, such as About: `content/pages/<lang>/<slug>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** The search's own content (content/search/*.yaml): one entry per language, keyed by its code. */
const search = defineCollection({ loader: searchLoader(), schema: searchLanguageSchema });

export const collections = { articles, sources, statute, timelineEras, timeline, glossary, pages, search };
