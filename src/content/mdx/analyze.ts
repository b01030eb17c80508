import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root, Heading, Node } from 'mdast';
import { headingIdOf, looksLikeHeadingId } from '../../schemas/heading-id.ts';
import type { Problem } from '../problem.ts';
import type { LinkSource } from '../collection.ts';
import { footnoteDefinitionsOf, footnoteReferencesOf, strayFootnoteReferencesOf } from './extract.ts';
import { uncitedNumbers } from './uncited-numbers.ts';
import { safetyProblems } from './safety.ts';
import type { ArticleFacts, WrittenHeading, CitationPlace } from '../../schemas/article-facts.ts';

const lineOf = (node: Node): number => node.position?.start.line ?? 0;

/**
 * Reads an article's body once for everything the content layer needs: the facts above, the problems
 * a writer can fix in this file alone (footnotes, id markers, and anything unsafe: src/content/mdx/safety.ts),
 * and the links it writes.
 */
export function analyzeBody(file: string, tree: Root): { facts: ArticleFacts; problems: Problem[]; links: LinkSource[] } {
  const problems: Problem[] = [];
  const at = (line: number) => `line ${line}`;

  const headings: WrittenHeading[] = [];
  const headingIndex = new Map<Heading, number>();
  visit(tree, 'heading', (node) => {
    const last = node.children.at(-1);
    let id: string | undefined;
    if (last?.type === 'mdxTextExpression') {
      id = headingIdOf(last.value);
      if (!id && looksLikeHeadingId(last.value))
        problems.push({ file, where: at(lineOf(node)), message: `"{${last.value}}" is not a valid id marker (write {/* #letters-and-digits */})` });
    }
    const words = id ? { ...node, children: node.children.slice(0, -1) } : node;
    const text = toString(words).trim();
    if (!id && !/[\p{L}\p{N}]/u.test(text))
      problems.push({ file, where: at(lineOf(node)), message: 'heading has no words (its id would be empty)' });
    headingIndex.set(node, headings.length);
    headings.push({ depth: node.depth, text, id, line: lineOf(node) });
  });
  // The ids the build will give: a marker's, else Astro's slug of the words (github-slugger, in page order,
  // blind to markers), so a marker that repeats another heading's slug is a duplicate id too.
  const slugger = new GithubSlugger();
  const given = new Map<string, number>();
  for (const h of headings) {
    const id = h.id ?? slugger.slug(h.text);
    const first = given.get(id);
    if (first) problems.push({ file, where: at(h.line), message: `heading id "${id}" is already used on line ${first}${h.id ? '' : ' (by an {/* #id */} marker); give one of them another id'}` });
    else given.set(id, h.line);
  }

  const defs = footnoteDefinitionsOf(tree);
  const defined = new Map<string, number>();
  for (const def of defs) {
    const first = defined.get(def.label);
    if (first) problems.push({ file, where: at(def.line), message: `footnote [^${def.label}] is defined twice (first on line ${first})` });
    else defined.set(def.label, def.line);
  }
  const used = new Set(footnoteReferencesOf(tree).map((r) => r.label));
  for (const ref of strayFootnoteReferencesOf(tree)) {
    if (!defined.has(ref.label))
      problems.push({ file, where: at(ref.line), message: `footnote [^${ref.label}] has no definition (add "[^${ref.label}]: [@source-id]")` });
  }
  for (const def of defs) {
    if (!used.has(def.label)) problems.push({ file, where: at(def.line), message: `footnote [^${def.label}] is defined but never referenced` });
    if (def.usesBraces) problems.push({ file, where: at(def.line), message: `footnote [^${def.label}] uses {…}; cite sources as [@source-id]` });
    else if (def.citations.length === 0)
      problems.push({ file, where: at(def.line), message: `footnote [^${def.label}] cites no registered source (write [@source-id])` });
    for (const bad of def.malformed)
      problems.push({ file, where: at(def.line), message: `footnote [^${def.label}] has "${bad}", which is not a citation (write [@source-id])` });
  }
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type === 'text' && (node as { value: string }).value.includes('[@'))
      problems.push({ file, where: at(lineOf(node)), message: 'cites a source outside a footnote; put [@source-id] in a footnote ([^n]: [@source-id])' });
    return undefined;
  });

  const citationsOf = new Map(defs.map((d) => [d.label, d.citations]));
  const citations: CitationPlace[] = [];
  const seen = new Set<string>();
  let section: number | null = null;
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type === 'heading' && (node as Heading).depth === 2) section = headingIndex.get(node as Heading) ?? null;
    if (node.type === 'footnoteReference') {
      const ref = node as { label?: string; identifier: string };
      for (const id of citationsOf.get(ref.label ?? ref.identifier) ?? []) {
        const key = `${id}#${section}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const last = citations.at(-1);
        if (last && last.section === section) last.sources.push(id);
        else citations.push({ section, sources: [id] });
      }
    }
    return undefined;
  });

  // Markdown and HTML alike: only what is allowed, and every accepted link kept for the later checks.
  const safety = safetyProblems(file, tree);
  problems.push(...safety.problems);
  const links: LinkSource[] = safety.links;

  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type === 'text') words += (node as { value: string }).value.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    return undefined;
  });

  const cases: { id: string; line: number }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as { name?: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
    if (element.name !== 'CaseStatus') return;
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    cases.push({ id: typeof id === 'string' ? id : '', line: lineOf(node) });
  });

  return {
    facts: {
      headings,
      citations,
      cited: defs.flatMap((d) => d.citations.map((id) => ({ id, line: d.line }))),
      uncited: uncitedNumbers(tree),
      words,
      cases,
    },
    problems,
    links,
  };
}
