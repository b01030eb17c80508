import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { headingIdOf } from '../schemas/heading-id.ts';

/**
 * Gives a heading the id its `{/* #id *\/}` marker names, and takes the marker out of its words.
 *
 *   ## ¿Debo seguir declarando? {/* #should-i-still-file-my-taxes *\/}
 *   → <h2 id="should-i-still-file-my-taxes">¿Debo seguir declarando?</h2>
 *
 * Why: a section's address must survive a change of its words, and a translation's sections keep their
 * twin's ids, so the language switch lands on the same section. Headings without a marker keep Astro's
 * slug of their text (rehypeHeadingIds leaves an id that is already set).
 */
export default function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node) => {
      const last = node.children.at(-1);
      if (last?.type !== 'mdxTextExpression') return;
      const id = headingIdOf(last.value);
      if (!id) return;
      node.children.pop();
      const before = node.children.at(-1);
      if (before?.type === 'text') before.value = before.value.trimEnd();
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id };
    });
  };
}
