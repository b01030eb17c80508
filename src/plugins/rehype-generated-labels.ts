import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { fileLang } from '../render/file-lang.ts';
import { t } from '../i18n/translate.ts';

const classesOf = (el: Element): unknown[] => (Array.isArray(el.properties.className) ? el.properties.className : []);

/**
 * Gives the headings that other plugins generate labels in the page's language: each heading's
 * self-link ("Link to this section: …") and the footnotes heading ("Sources").
 *
 * Why: remark-rehype and rehype-autolink-headings take one fixed label for the whole site, but the
 * site is bilingual, and a screen-reader user needs to hear which section a link points to.
 */
export default function rehypeGeneratedLabels() {
  return (tree: Root, file: VFile) => {
    const lang = fileLang(file);
    visit(tree, 'element', (node: Element) => {
      if (/^h[2-6]$/.test(node.tagName)) {
        const anchor = node.children.find(
          (c): c is Element => c.type === 'element' && c.tagName === 'a' && classesOf(c).includes('tp-anchor'),
        );
        if (node.properties.id === 'footnote-label') {
          node.children = [{ type: 'text', value: t(lang, 'article.sources') }, ...(anchor ? [anchor] : [])];
          delete node.properties.className;
        }
        if (anchor) {
          const heading = toString({ ...node, children: node.children.filter((c) => c !== anchor) }).trim();
          anchor.properties.ariaLabel = t(lang, 'article.headingLink', { heading });
        }
      }
    });
  };
}
