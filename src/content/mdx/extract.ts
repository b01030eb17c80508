import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, FootnoteDefinition, Node } from 'mdast';

/** `[@source-id]`: how a footnote names a registered source. */
export const CITATION = /\[@([a-z0-9][a-z0-9-]*)\]/g;

/** Text that looks like a footnote reference but did not parse as one, e.g. "[^7]" with no "[^7]:" definition. */
const STRAY_FOOTNOTE = /\[\^([^\]\s]+)\]/g;

/** A footnote definition with the source IDs it cites. */
export interface FootnoteDef {
  label: string;
  line: number;
  citations: string[];
  /** "[@" that does not make a citation: unclosed, or with characters an ID cannot have. */
  malformed: string[];
  usesBraces: boolean;
}

const lineOf = (node: Node): number => node.position?.start.line ?? 0;

/** Footnote definitions with the source IDs each one cites. */
export function footnoteDefinitionsOf(tree: Root): FootnoteDef[] {
  const out: FootnoteDef[] = [];
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    const text = toString(node);
    let usesBraces = false;
    visit(node, (child) => {
      if (child.type === 'mdxTextExpression' || child.type === 'mdxFlowExpression') usesBraces = true;
    });
    const citations = [...text.matchAll(CITATION)].map((m) => m[1]);
    const malformed = [...text.replace(CITATION, '').matchAll(/\[@[^\]\s]{0,40}\]?/g)].map((m) => m[0]);
    out.push({ label: node.label ?? node.identifier, line: lineOf(node), citations, malformed, usesBraces });
    return SKIP;
  });
  return out;
}

/** Labels of the footnote references that parsed, with their lines. */
export function footnoteReferencesOf(tree: Root): { label: string; line: number }[] {
  const out: { label: string; line: number }[] = [];
  visit(tree, 'footnoteReference', (node) => {
    out.push({ label: node.label ?? node.identifier, line: lineOf(node) });
  });
  return out;
}

/** "[^x]" left as plain text: a reference whose definition is missing. */
export function strayFootnoteReferencesOf(tree: Root): { label: string; line: number }[] {
  const out: { label: string; line: number }[] = [];
  visit(tree, 'text', (node) => {
    for (const m of node.value.matchAll(STRAY_FOOTNOTE)) out.push({ label: m[1], line: lineOf(node) });
  });
  return out;
}
