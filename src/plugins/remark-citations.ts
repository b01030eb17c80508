import { visit } from 'unist-util-visit';
import type { Root, Text, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { fileLang } from '../render/file-lang.ts';

const CITATION = /\[@([a-z0-9][a-z0-9-]*)\]/g;

/** The name under which pages pass the citation component to MDX (`<Content components={{ Citation }} />`). */
export const citationComponent = 'Citation';

/**
 * Hands each `[@source-id]` in a footnote to the one citation component, which renders the source from
 * the registry the same way everywhere (footnotes and the sources page):
 *
 *   [^4]: [@crs-lsb11359], p. 3.
 *   → <Citation id="crs-lsb11359" lang="en" />, p. 3.
 *   → <a href="…" rel="noreferrer">Legal Sidebar LSB11359 …</a>, Congressional Research Service, September 4, 2025, p. 3.
 *
 * Why: a source is written once, in content/sources/, and shown one way. The plugin needs no registry, so a
 * source edit shows in `astro dev` without a restart; the content check has already refused unknown IDs.
 */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const lang = fileLang(file);
    visit(tree, 'footnoteDefinition', (definition) => {
      visit(definition, 'text', (node: Text, index, parent) => {
        if (!parent || index === undefined || !node.value.includes('[@')) return;
        const parts: PhrasingContent[] = [];
        let last = 0;
        for (const m of node.value.matchAll(CITATION)) {
          if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
          const element = {
            type: 'mdxJsxTextElement',
            name: citationComponent,
            attributes: [
              { type: 'mdxJsxAttribute', name: 'id', value: m[1] },
              { type: 'mdxJsxAttribute', name: 'lang', value: lang },
            ],
            children: [],
          };
          parts.push(element as unknown as PhrasingContent);
          last = m.index + m[0].length;
        }
        if (last === 0) return;
        if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
        parent.children.splice(index, 1, ...(parts as typeof parent.children));
        return index + parts.length;
      });
    });
  };
}
