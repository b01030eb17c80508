import { articleSchema } from '../../schemas/article.ts';
import { pageSchema } from '../../schemas/page.ts';
import type { CollectionSpec } from '../collection.ts';
import { glossarySpec } from './glossary.ts';
import { mdxPagesSpec } from './mdx-pages.ts';
import { numberExceptionsSpec, refusedDomainsSpec } from './single-files.ts';
import { sourcesSpec } from './sources.ts';
import { statuteSpec } from './statute.ts';
import { timelineSpec } from './timeline.ts';
import { casesSpec } from './cases.ts';
import { searchSpec } from './search.ts';

/** Articles: `content/articles/<lang>/<slug>.mdx`. */
export const articlesSpec = mdxPagesSpec('articles', 'content/articles', articleSchema);

/**
 * Content pages that are not articles (About): `content/pages/<lang>/<slug>.mdx`. Each has its own route
 * (src/pages/[...lang]/about.astro), so only those names are read: another file would be checked and never built.
 */
export const pagesSpec = mdxPagesSpec('pages', 'content/pages', pageSchema, ['about']);

export {
  sourcesSpec,
  statuteSpec,
  timelineSpec,
  glossarySpec,
  refusedDomainsSpec,
  numberExceptionsSpec,
  casesSpec,
  searchSpec,
};

/** Every collection the content layer reads, in the order problems are listed. */
export const allSpecs: readonly CollectionSpec[] = [
  sourcesSpec,
  refusedDomainsSpec,
  numberExceptionsSpec,
  articlesSpec,
  pagesSpec,
  statuteSpec,
  timelineSpec,
  glossarySpec,
  casesSpec,
  searchSpec,
];
