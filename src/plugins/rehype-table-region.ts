import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { fileLang } from '../render/file-lang.ts';
import { t } from '../i18n/translate.ts';

/**
 * Wraps each table in a focusable, uniquely labelled region that scrolls sideways.
 *
 *   <table>…</table>
 *   → <div class="tp-table" role="region" tabindex="0" aria-label="Table 1: Case (scrolls sideways)"><table>…</table></div>
 *
 * Why: on a phone a wide table must scroll without pushing the whole page sideways, and a keyboard user
 * must be able to scroll it (axe: scrollable-region-focusable). Labels are numbered so that two
 * tables never share a name (axe: landmark-unique).
 */
export default function rehypeTableRegion() {
  return (tree: Root, file: VFile) => {
    const lang = fileLang(file);
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      n += 1;
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
      const firstHeader = (() => {
        let found: Element | undefined;
        visit(node, 'element', (el: Element) => {
          if (!found && el.tagName === 'th') found = el;
        });
        return found;
      })();
      const name = toString(caption ?? firstHeader ?? node)
        .trim()
        .slice(0, 60);
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['tp-table'],
          role: 'region',
          tabIndex: 0,
          ariaLabel: t(lang, 'table.region', { n, caption: name }),
        },
        children: [node],
      };
    });
  };
}
