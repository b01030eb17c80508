import { visit } from 'unist-util-visit';
import type { Root, Text, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Source } from '../schemas/source.ts';
import { formatPartialDate } from '../i18n/dates.ts';
import { fileLang } from '../render/file-lang.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../site.ts';

export interface RemarkCitationsOptions {
  /** The source registry, by ID. */
  sources: ReadonlyMap<string, Source>;
}

const CITATION = /\[@([a-z0-9][a-z0-9-]*)\]/g;

function citationNodes(source: Source, lang: Lang): PhrasingContent[] {
  // A title in another language than the page's is marked, so a screen reader reads it in that language.
  const data = source.lang && source.lang !== lang ? { hProperties: { lang: source.lang } } : undefined;
  const title: PhrasingContent = source.url
    ? {
        type: 'link',
        url: source.url,
        children: [{ type: 'text', value: source.title }],
        data,
      }
    : { type: 'emphasis', children: [{ type: 'text', value: source.title }], data };
  let tail = `, ${source.issuer}, ${formatPartialDate(source.date, lang)}`;
  if (!source.url) tail += ` (${t(lang, 'cite.noLink')})`;
  if (source.note) tail += `. ${source.note}`;
  return [title, { type: 'text', value: tail }];
}

/**
 * Expands `[@source-id]` inside footnote definitions into the full citation from the registry.
 *
 *   [^4]: [@crs-lsb11359], p. 3.
 *   → <li id="fn-4"><p><a href="…">Legal
 *     Sidebar LSB11359 …</a>, Congressional Research Service, September 4, 2025, p. 3. ↩</p></li>
 *   A source whose title is in another language keeps it: `<a href="…" lang="es">…</a>`.
 *
 * Why: a source is written once, in `content/sources/`, and shown the same way everywhere. An unknown
 * ID stops the build (the content check names it first, with file and line).
 */
export default function remarkCitations({ sources }: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const lang = fileLang(file);
    visit(tree, 'footnoteDefinition', (definition) => {
      visit(definition, 'text', (node: Text, index, parent) => {
        if (!parent || index === undefined || !node.value.includes('[@')) return;
        const parts: PhrasingContent[] = [];
        let last = 0;
        for (const m of node.value.matchAll(CITATION)) {
          const source = sources.get(m[1]);
          if (!source) {
            const line = node.position?.start.line ?? '?';
            throw new Error(`${file.path}: line ${line}: footnote cites unknown source "${m[1]}"`);
          }
          if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
          parts.push(...citationNodes(source, lang));
          last = m.index + m[0].length;
        }
        if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
        parent.children.splice(index, 1, ...(parts as typeof parent.children));
        return index + parts.length;
      });
    });
  };
}
