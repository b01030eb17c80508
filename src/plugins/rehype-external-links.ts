import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';

/**
 * Marks every outbound link `rel="noreferrer"`.
 *
 *   <a href="https://www.congress.gov/…">  →  <a href="https://www.congress.gov/…" rel="noreferrer">
 *
 * Why: which page a reader came from is nobody else's business (privacy promise). The page-wide
 * referrer policy says the same; the attribute keeps it true when a page is saved or framed.
 */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      node.properties.rel = ['noreferrer'];
    });
  };
}
