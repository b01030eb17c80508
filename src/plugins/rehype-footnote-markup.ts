import { visit, SKIP } from 'unist-util-visit';
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { fileLang } from '../render/file-lang.ts';
import { t } from '../i18n/translate.ts';

/**
 * Trims the footnote markup that remark-rehype generates to what readers use, and labels the
 * back-link in the page's language.
 *
 *   <sup><a href="#fn-4" id="fnref-4" data-footnote-ref aria-describedby="footnote-label">4</a></sup>
 *   → <a href="#fn-4" id="fnref-4">4</a>                (raised by CSS: a[href^="#fn-"])
 *   <sup><a href="#fn-4" id="fnref-4-2" …>4</a></sup>  →  <a href="#fn-4">4</a>   (a later use)
 *   <li id="fn-4"><p>… <a href="#fnref-4" …>↩</a> <a href="#fnref-4-2" …>↩</a></p></li>
 *   → <li id="fn-4">… <a href="#fnref-4" aria-label="Back to text">↩</a></li>
 *
 * Why: an article cites its sources 100 or more times, so every byte of each reference is paid 100
 * times on a phone; the page must stay within 1.3 × its text plus 2 KiB (brotli). One back-link per
 * note, to its first use: a row of identical ↩ marks tells neither sighted nor screen-reader users
 * which one leads where they were, and the browser's Back button returns to the exact place.
 */
/** "#fnref-4-2": the second (or later) place that cites note 4. */
const LATER_USE = /^#fnref-[^-]+-\d+$/;

export default function rehypeFootnoteMarkup() {
  return (tree: Root, file: VFile) => {
    const back = t(fileLang(file), 'article.backToText');
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined && parent && index !== undefined) {
        if (LATER_USE.test(String(node.properties.href))) {
          // Drop the link and the space before it.
          const before = parent.children[index - 1];
          const start = before?.type === 'text' && before.value.trim() === '' ? index - 1 : index;
          parent.children.splice(start, index - start + 1);
          return [SKIP, start];
        }
        delete node.properties.dataFootnoteBackref;
        delete node.properties.className;
        node.properties.ariaLabel = back;
        return;
      }
      // A note is a single paragraph: its text can sit in the <li> itself.
      if (node.tagName === 'li' && String(node.properties.id ?? '').startsWith('fn-')) {
        const blocks = node.children.filter((c) => c.type === 'element');
        if (blocks.length === 1 && blocks[0].type === 'element' && blocks[0].tagName === 'p')
          node.children = blocks[0].children;
        return;
      }
      if (node.tagName !== 'sup' || !parent || index === undefined) return;
      const [link] = node.children;
      if (node.children.length !== 1 || link.type !== 'element' || link.properties.dataFootnoteRef === undefined)
        return;
      delete link.properties.dataFootnoteRef;
      delete link.properties.ariaDescribedBy;
      if (LATER_USE.test(`#${String(link.properties.id)}`)) delete link.properties.id;
      parent.children[index] = link;
    });
  };
}
