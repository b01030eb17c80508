import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';

/**
 * Typographic punctuation in an article's text ("quotes" → “quotes”, -- → —, ... → …): the result of
 * remark-smartypants 3.0.3, the plugin Astro adds by default, for every input (tests/unit/smart-punctuation
 * .test.ts compares the two), by the same steps with retext-smartypants doing the work.
 *
 * Why not that plugin itself: after curling the quotes of the whole text in one pass, it parses every text
 * node again with retext to look for dashes, ellipses and double backticks. That second pass was half its
 * time, 20 ms of every article's compile (about 40 ms), on text in which none of those ever occur. Here a node
 * is parsed again only when it contains something the second pass could change.
 */
export default function remarkSmartPunctuation() {
  // Quotes are curled over the whole text at once, so a quote pairs across emphasis and links; the other
  // replacements change the text's length, so they come after, node by node.
  const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  const others = retext().use(retextSmartypants, { quotes: false });
  return (tree: Root) => {
    const nodes: Node[] = [];
    let text = '';
    visit(tree, takesPart, (node: Node) => {
      nodes.push(node);
      // Code stays as written but holds its place, so the quotes around it pair as they would without it.
      if (isLiteral(node)) text += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      // A block starts fresh: a quote at its start opens.
      else text += ' ';
    });
    if (/["']/.test(text)) text = quotes.processSync(text).toString();
    let at = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        at += 1;
        continue;
      }
      const end = at + node.value.length;
      if (node.type === 'text') {
        const value = text.slice(at, end);
        node.value = OTHERS_CHANGE.test(value) ? others.processSync(value).toString() : value;
      }
      at = end;
    }
  };
}

/** What retext-smartypants can change once quotes are done: "--", "``", "''", and dots, spaced or not. */
const OTHERS_CHANGE = /--|``|''|\.\s*\./;

const partTypes = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);
const notText = new Set(['style', 'script']);

/** Text and code in prose, and the blocks that hold them; not inside <style>, <script> or a JSX fragment. */
function takesPart(node: Node, _index: number | undefined, parent: Parent | undefined): boolean {
  if (!parent || !partTypes.has(node.type)) return false;
  if (parent.type === 'mdxJsxTextElement') {
    const name = (parent as Parent & { name?: unknown }).name;
    if (typeof name !== 'string' || notText.has(name)) return false;
  }
  return isLiteral(node) || blockTypes.has(node.type);
}

function isLiteral(node: Node): node is Node & { type: 'text' | 'inlineCode'; value: string } {
  return 'value' in node && typeof node.value === 'string';
}
