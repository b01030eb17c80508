import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { fileLang } from '../render/file-lang.ts';
import { t } from '../i18n/translate.ts';

const classesOf = (el: Element): unknown[] => (Array.isArray(el.properties.className) ? el.properties.className : []);
const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';

/**
 * Names the markup that other plugins generate, in the page's language: each heading's section link
 * and the footnotes heading ("Sources").
 *
 *   <div class="tp-heading"><h2 id="who-may-ask">Who may ask?</h2><a class="tp-anchor" href="#who-may-ask"></a></div>
 *   → … <a class="tp-anchor" href="#who-may-ask" aria-label="Link to section: Who may ask?"></a></div>
 *
 * Why: remark-rehype and rehype-autolink-headings take one fixed label for the whole site, but the site
 * is bilingual, and a screen-reader user needs to hear which section a link points to.
 */
export default function rehypeGeneratedLabels() {
  return (tree: Root, file: VFile) => {
    const lang = fileLang(file);
    visit(tree, 'element', (node: Element) => {
      if (!classesOf(node).includes('tp-heading')) return;
      const [heading, anchor] = node.children.filter(isElement);
      if (!heading || !anchor || !classesOf(anchor).includes('tp-anchor')) return;
      if (heading.properties.id === 'footnote-label') {
        heading.children = [{ type: 'text', value: t(lang, 'article.sources') }];
        delete heading.properties.className;
      }
      anchor.properties.ariaLabel = t(lang, 'article.headingLink', { heading: toString(heading).trim() });
    });
  };
}
