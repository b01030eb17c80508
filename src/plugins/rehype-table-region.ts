import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Root, Element, ElementContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { fileLang } from '../render/file-lang.ts';
import { t } from '../i18n/translate.ts';

/** The paragraph that captions a table, right before it: "Table: Where each case stood" ("Tabla: …" in Spanish). */
const captionPattern = (prefix: string) => new RegExp(`^${prefix}\\s*`);

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';
const isBlank = (node: ElementContent | undefined) => node?.type === 'text' && node.value.trim() === '';
const rowsOf = (el: Element, tag: 'thead' | 'tbody') =>
  el.children
    .filter((c): c is Element => isElement(c) && c.tagName === tag)
    .flatMap((g) => g.children.filter(isElement));
const cellsOf = (row: Element) => row.children.filter((c): c is Element => isElement(c) && /^t[dh]$/.test(c.tagName));

/** Roles a table keeps when CSS stacks it into cards: browsers drop table semantics once `display` changes. */
const roles: Record<string, string> = {
  table: 'table',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tr: 'row',
  th: 'columnheader',
  td: 'cell',
};

/**
 * Captions each table from the paragraph before it, and prepares tables of three or more columns to
 * become stacked cards on a phone.
 *
 *   <p>Table: Where each case stood</p><table><thead><tr><th>Case</th><th>Court</th><th>Status</th>…
 *   → <div class="tp-table tp-cards"><table role="table"><caption>Where each case stood</caption>
 *     <thead role="rowgroup"><tr role="row"><th role="columnheader">Case</th>…</thead>
 *     <tbody role="rowgroup"><tr role="row"><td role="cell" data-label="Case">…</td>…
 *
 * Why: on a 375 px screen a four-column table either hides its last column off the edge or squeezes
 * every cell to a few letters. As cards (global.css, below 40rem) each cell shows its column's name,
 * and every column stays readable without sideways scrolling, so no table needs to be a scrolling,
 * focusable region. A table without a caption stops the build: a reader who jumps to a table, or
 * hears a list of them, needs its name, and "Table 1" is not one.
 */
export default function rehypeTableRegion() {
  return (tree: Root, file: VFile) => {
    const prefix = t(fileLang(file), 'table.caption');
    const CAPTION = captionPattern(prefix);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      let before = index - 1;
      while (before >= 0 && isBlank(parent.children[before] as ElementContent)) before -= 1;
      const paragraph = parent.children[before];
      const first = isElement(paragraph) && paragraph.tagName === 'p' ? paragraph.children[0] : undefined;
      if (!isElement(paragraph) || first?.type !== 'text' || !CAPTION.test(first.value)) {
        const line = node.position?.start.line ?? '?';
        throw new Error(
          `${file.path}: line ${line}: table has no caption (write a paragraph "${prefix} what it shows" right before it)`,
        );
      }
      (first as Text).value = first.value.replace(CAPTION, '');
      node.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: paragraph.children });

      const labels = rowsOf(node, 'thead')
        .flatMap(cellsOf)
        .map((th) => toString(th).trim());
      const cards = labels.length >= 3;
      if (cards) {
        visit(node, 'element', (el: Element) => {
          if (roles[el.tagName]) el.properties.role = roles[el.tagName];
        });
        for (const row of rowsOf(node, 'tbody'))
          cellsOf(row).forEach((cell, i) => {
            if (labels[i]) cell.properties.dataLabel = labels[i];
          });
      }
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: cards ? ['tp-table', 'tp-cards'] : ['tp-table'] },
        children: [node],
      };
      parent.children.splice(before, index - before + 1, wrapper);
      return before + 1;
    });
  };
}
