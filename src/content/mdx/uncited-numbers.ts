import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, Node, Parent } from 'mdast';
import type { UncitedNumber } from '../../schemas/article-facts.ts';

const HAS_NUMBER = /\d/;

function hasFootnote(node: Node): boolean {
  let found = false;
  visit(node, 'footnoteReference', () => {
    found = true;
  });
  return found;
}

/**
 * Every paragraph, list item and table row that contains a digit must carry a footnote: numbers and
 * dates are where errors hide. Footnote definitions and headings are not checked. The exceptions, each
 * with a reason, are data (content/uncited-number-exceptions.yaml), applied by the content check.
 */
export function uncitedNumbers(tree: Root): UncitedNumber[] {
  const out: UncitedNumber[] = [];
  visit(tree, (node, _index, parent: Parent | undefined) => {
    if (node.type === 'footnoteDefinition' || node.type === 'heading') return SKIP;
    const isUnit = node.type === 'paragraph' || node.type === 'tableRow';
    // A paragraph inside a list item is checked as the item, so a footnote anywhere in the item counts.
    if (node.type === 'listItem' || (isUnit && parent?.type !== 'listItem')) {
      const text = toString(node);
      // "[^2]" left as text is a missing footnote (reported as such), not a number.
      if (HAS_NUMBER.test(text.replace(/\[\^[^\]]*\]/g, '')) && !hasFootnote(node)) out.push({ line: node.position?.start.line ?? 0, text });
      return SKIP;
    }
    return undefined;
  });
  return out;
}
