import { visit, SKIP } from 'unist-util-visit';
import type { Root, Text } from 'hast';
import { bindSectionSigns } from '../render/section-sign.ts';

/**
 * Binds "§" and "§§" to the number after them with a no-break space, in every text of the page but code.
 *
 *   <p>Under § 6103(i)(2), …</p>  →  <p>Under §&nbsp;6103(i)(2), …</p>
 *
 * Why: on a phone's narrow column "§" often lands at the end of a line and its number on the next, which
 * reads as a stray symbol. Runs after heading ids are made, so "#what-does--6103-say" stays the same.
 */
export default function rehypeSectionSign() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return SKIP;
      if (node.type === 'text') (node as Text).value = bindSectionSigns((node as Text).value);
      return undefined;
    });
  };
}
