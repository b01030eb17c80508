import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Source } from '../schemas/source.ts';
import remarkCitations from './remark-citations.ts';
import rehypeTableRegion from './rehype-table-region.ts';
import rehypeGeneratedLabels from './rehype-generated-labels.ts';
import rehypeExternalLinks from './rehype-external-links.ts';

const autolink: AutolinkOptions = {
  behavior: 'append',
  test: ['h2', 'h3'],
  properties: { className: ['tp-anchor'] },
  content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
};

/**
 * The Markdown pipeline, in order. astro.config.mjs and the plugin tests both use this, so what is
 * tested is what is built.
 *
 * Order matters: citations expand inside footnotes before HTML exists; heading ids must exist before
 * rehype-autolink-headings looks for them (Astro would otherwise add them last); labels are localized
 * after the markup they label has been generated.
 */
export function markdownOptions(sources: ReadonlyMap<string, Source>): UnifiedProcessorOptions {
  return {
    gfm: false,
    smartypants: true,
    remarkPlugins: [remarkGfm, [remarkCitations, { sources }]],
    remarkRehype: { footnoteLabel: 'Sources', footnoteLabelTagName: 'h2', footnoteBackContent: '↩' },
    rehypePlugins: [
      rehypeTableRegion,
      rehypeHeadingIds,
      [rehypeAutolinkHeadings, autolink],
      rehypeGeneratedLabels,
      rehypeExternalLinks,
    ],
  };
}
