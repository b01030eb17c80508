import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkCitations from './remark-citations.ts';
import rehypeTableRegion from './rehype-table-region.ts';
import rehypeSectionSign from './rehype-section-sign.ts';
import rehypeGeneratedLabels from './rehype-generated-labels.ts';
import rehypeFootnoteMarkup from './rehype-footnote-markup.ts';
import rehypeExternalLinks from 'rehype-external-links';
import remarkHeadingIds from './remark-heading-ids.ts';
import rehypePlainHtml from './rehype-plain-html.ts';
import remarkReuseParse, { type ReuseParseOptions } from './remark-reuse-parse.ts';
import remarkSmartPunctuation from './remark-smart-punctuation.ts';

/**
 * Section links sit beside their heading, not inside it, so a screen reader announces the heading once
 * by its own words (Starlight's pattern): `<div class="tp-heading"><h2 id="a">A</h2><a class="tp-anchor"
 * href="#a"></a></div>`. The "#" is drawn by CSS (.tp-anchor::after), so it is neither in the link's name
 * nor in the bytes of every heading; rehype-generated-labels names the link in the page's language.
 */
const autolink: AutolinkOptions = {
  behavior: 'after',
  test: ['h2', 'h3'],
  group: { type: 'element', tagName: 'div', properties: { className: ['tp-heading'] }, children: [] },
  properties: { className: ['tp-anchor'] },
  content: [],
};

/**
 * The Markdown pipeline, in order. astro.config.mjs and the plugin tests both use this, so what is
 * tested is what is built.
 *
 * Order matters: id markers are read before anything else touches headings; plain HTML written in MDX
 * becomes ordinary HTML before any rehype plugin looks for elements; citations are handed to their
 * component inside footnotes before HTML exists; heading ids must exist before rehype-autolink-headings
 * looks for them (Astro would otherwise add them last), and before "§ 6103" gets its no-break space, so
 * ids stay the slugs that links already use; labels are localized after the markup they label has been
 * generated, and the footnote back-links are named after the headings.
 */
export function markdownOptions(reuse?: ReuseParseOptions): UnifiedProcessorOptions {
  return {
    gfm: false,
    // Astro's typographic punctuation (remark-smartypants) gives way to remarkSmartPunctuation: the same
    // result, sooner, run first, where Astro would run its own.
    smartypants: false,
    // `reuse` (astro.config.mjs): the trees the content check parsed, so a build parses each article once.
    remarkPlugins: [
      ...(reuse ? [[remarkReuseParse, reuse] as [typeof remarkReuseParse, ReuseParseOptions]] : []),
      remarkSmartPunctuation,
      remarkGfm,
      remarkHeadingIds,
      remarkCitations,
    ],
    // No "user-content-" prefix on footnote ids: pages are ours, not user comments, and every byte counts on a phone.
    remarkRehype: { clobberPrefix: '', footnoteLabel: 'Sources', footnoteLabelTagName: 'h2', footnoteBackContent: '↩' },
    rehypePlugins: [
      // First, so every plugin below sees the HTML an article wrote as it sees Markdown's.
      rehypePlainHtml,
      rehypeTableRegion,
      rehypeHeadingIds,
      rehypeSectionSign,
      [rehypeAutolinkHeadings, autolink],
      rehypeGeneratedLabels,
      rehypeFootnoteMarkup,
      // Which page a reader came from is nobody else's business (the privacy promise); the page-wide
      // referrer policy says the same, and the attribute keeps it true when a page is saved or framed.
      [rehypeExternalLinks, { rel: ['noreferrer'] }],
    ],
  };
}
