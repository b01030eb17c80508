import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, Node, Parent } from 'mdast';
import type { Problem } from '../problem.ts';

/** A paragraph text that may state a number without a footnote, and why. */
export interface NumberException { file: string; contains: string; reason: string }

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
 * dates are where errors hide. Footnote definitions and headings are not checked. `exceptions` are
 * data, each with a reason.
 */
export function checkUncitedNumbers(file: string, tree: Root, exceptions: readonly NumberException[]): Problem[] {
  const problems: Problem[] = [];
  const allowed = exceptions.filter((e) => e.file === file);
  visit(tree, (node, _index, parent: Parent | undefined) => {
    if (node.type === 'footnoteDefinition' || node.type === 'heading') return SKIP;
    const isUnit = node.type === 'paragraph' || node.type === 'tableRow';
    // A paragraph inside a list item is checked as the item, so a footnote anywhere in the item counts.
    if (node.type === 'listItem' || (isUnit && parent?.type !== 'listItem')) {
      const text = toString(node);
      if (HAS_NUMBER.test(text) && !hasFootnote(node) && !allowed.some((e) => text.includes(e.contains))) {
        const line = node.position?.start.line ?? 0;
        const excerpt = text.length > 70 ? `${text.slice(0, 67)}…` : text;
        problems.push({ file, where: `line ${line}`, message: `states a number or date without a footnote: "${excerpt}"` });
      }
      return SKIP;
    }
    return undefined;
  });
  return problems;
}
