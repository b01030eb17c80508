import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';

/**
 * Marks every outbound link `rel="noreferrer"` and `class="tp-external"`.
 *
 *   <a href="https://www.congress.gov/…">  →  <a href="https://www.congress.gov/…" rel="noreferrer" class="tp-external">
 *
 * Why: the pages a reader came from are nobody else's business (privacy promise), and print styles
 * use the class to print the address after the link.
 */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      node.properties.rel = ['noreferrer'];
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'tp-external'];
    });
  };
}
