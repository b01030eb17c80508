import { z } from 'astro/zod';
import { isoDay } from './dates.ts';
import { langCodes } from '../site.ts';
import { plainText } from './reference-fields.ts';

/** Frontmatter of a content page that is not an article (`content/pages/<lang>/<slug>.mdx`, e.g. About). */
export const pageSchema = z.strictObject({
  /** The page's H1 and <title>. */
  title: plainText,
  /** One sentence for search results and <meta name="description">. */
  description: plainText.max(160, 'is longer than 160 characters'),
  /** Language of the page; must match its folder. */
  lang: z.enum(langCodes),
  /** Date of the last substantive change to the page. */
  updated: isoDay,
});

/** Validated frontmatter of a content page. */
export type PageData = z.infer<typeof pageSchema>;
