import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root, FootnoteDefinition, Node } from 'mdast';

/** `[@source-id]`: how a footnote names a registered source. */
export const CITATION = /\[@([a-z0-9][a-z0-9-]*)\]/g;

/** Text that looks like a footnote reference but did not parse as one, e.g. "[^7]" with no "[^7]:" definition. */
const STRAY_FOOTNOTE = /\[\^([^\]\s]+)\]/g;

export interface Heading { depth: number; text: string; id: string; line: number }
export interface Link { url: string; line: number }
export interface FootnoteDef { label: string; line: number; citations: string[]; usesBraces: boolean }

const lineOf = (node: Node): number => node.position?.start.line ?? 0;

/** Heading ids as Astro's rehypeHeadingIds makes them: GitHub slugs of the heading text, unique per page. */
export function headingsOf(tree: Root): Heading[] {
  const slugger = new GithubSlugger();
  const out: Heading[] = [];
  visit(tree, 'heading', (node) => {
    const text = toString(node);
    out.push({ depth: node.depth, text, id: slugger.slug(text), line: lineOf(node) });
  });
  return out;
}

/** Every link target written in the body (inline links and reference definitions). */
export function linksOf(tree: Root): Link[] {
  const out: Link[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node) {
      out.push({ url: String(node.url), line: lineOf(node) });
    }
  });
  return out;
}

/** Footnote definitions with the source IDs each one cites. */
export function footnoteDefinitionsOf(tree: Root): FootnoteDef[] {
  const out: FootnoteDef[] = [];
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    const text = toString(node);
    let usesBraces = false;
    visit(node, (child) => {
      if (child.type === 'mdxTextExpression' || child.type === 'mdxFlowExpression') usesBraces = true;
    });
    out.push({
      label: node.label ?? node.identifier,
      line: lineOf(node),
      citations: [...text.matchAll(CITATION)].map((m) => m[1]),
      usesBraces,
    });
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
