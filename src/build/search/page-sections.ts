import { parseBuiltPage } from '../parse-built-page.ts';
import type { Element, Nodes, Root } from 'hast';

/** A built page, cut into the sections a reader can land on. */
export interface SearchablePage {
  /** The page's <html lang>, lower-case ("en"). */
  lang: string;
  /** The page's title: the text of its first h1. */
  title: string;
  /** The sections in document order; the first is the untitled lead when text comes before any heading. */
  sections: PageSection[];
}

/** One section of a page: a heading with an id and the text up to the next one. */
export interface PageSection {
  /** The heading's id, so a result can link to `#id`; absent for the lead before the first heading. */
  id?: string;
  /** The heading's text (the page title for the lead). */
  heading: string;
  /** The headings this section sits under, outermost first: an h3's h2, and so on. */
  context: string[];
  /** The section's text: one string per block (paragraph, list item, table row). */
  blocks: string[];
}

/**
 * What readers do not search for, even inside the searchable part of a page: navigation (the table of
 * contents), the article's dates, the footnotes and their numbered links, the "#" self-links on headings,
 * and anything marked `data-pagefind-ignore`. The footnotes name sources; a reader's words belong to
 * the text that cites them, and leaving them out keeps the index small.
 */
const notSearched: ((el: Element) => boolean)[] = [
  (el) => el.properties.dataPagefindIgnore !== undefined,
  (el) => ['nav', 'script', 'style', 'template', 'noscript', 'svg', 'button', 'form'].includes(el.tagName),
  (el) => el.properties.hidden !== undefined && el.properties.hidden !== false,
  (el) => el.properties.dataFootnotes !== undefined || hasClass(el, 'footnotes'),
  (el) => el.tagName === 'a' && /^#(?:user-content-)?fn(?:ref)?-/.test(String(el.properties.href ?? '')),
  (el) => hasClass(el, 'tp-anchor') || hasClass(el, 'tp-meta'),
];

/** Elements whose text stands on its own line, so words never run together across them. */
const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'br',
  'hr',
]);

/** Headings that can start a section (the h1 is the page title). */
const HEADING = /^h[2-6]$/;

/**
 * The section an element starts, if any: a heading with an id; an element with an id whose first
 * child is a heading (`<section id="i-2-A"><h4>…`, as on the statute page); a glossary term (`<dt id>`).
 */
function sectionStart(el: Element): { id: string; heading: Element } | undefined {
  const id = el.properties.id;
  if (typeof id !== 'string' || id === '') return undefined;
  if (HEADING.test(el.tagName) || el.tagName === 'dt') return { id, heading: el };
  const first = el.children.find((c): c is Element => c.type === 'element');
  if (first && HEADING.test(first.tagName) && first.properties.id === undefined) return { id, heading: first };
  return undefined;
}

/**
 * Reads a built page and cuts its searchable part into sections, or returns null for a page that asks
 * not to be indexed (`<meta name="robots" content="noindex">`).
 *
 * The searchable part is every `data-pagefind-body` element, else `<main>`. Sections start where
 * `sectionStart` says, so every result can link straight to its anchor. A block that is mostly links
 * to other pages of the site (a "told in" or "see also" line) is left out: those pages are indexed
 * themselves, and their titles would otherwise match here too.
 */
export function pageSections(html: string): SearchablePage | null {
  const tree = parseBuiltPage(html);
  const all = elements(tree);
  const noindex = all.some(
    (el) =>
      el.tagName === 'meta' && el.properties.name === 'robots' && String(el.properties.content).includes('noindex'),
  );
  if (noindex) return null;

  const htmlEl = all.find((el) => el.tagName === 'html');
  const lang = String(htmlEl?.properties.lang ?? '').toLowerCase();
  const h1 = all.find((el) => el.tagName === 'h1');
  const title = h1 ? textOf(h1) : '';

  const bodies = all.filter((el) => el.properties.dataPagefindBody !== undefined);
  const roots = bodies.length > 0 ? bodies : all.filter((el) => el.tagName === 'main');

  const sections: PageSection[] = [{ heading: title, context: [], blocks: [] }];
  /** The open headings by level (2–6), for each new section's context. */
  const open: { level: number; text: string }[] = [];
  let line = '';
  let linked = '';
  let inLink = 0;
  const flush = () => {
    const text = squash(line);
    const mostlyLinks = squash(linked).length >= text.length * LINK_SHARE;
    if (text && !mostlyLinks) sections.at(-1)?.blocks.push(text);
    line = '';
    linked = '';
  };
  const walk = (node: Nodes, skipHeading?: Element) => {
    if (node.type === 'text') {
      line += node.value;
      if (inLink > 0) linked += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (notSearched.some((skip) => skip(node))) return;
      // The h1 is the page title, which every section already carries; a section's heading is its title.
      if (node.tagName === 'h1' || node === skipHeading) return;
      const start = sectionStart(node);
      if (start) {
        flush();
        const heading = textOf(start.heading);
        // A <dt> sits under whatever heading is open, one level down.
        const level = start.heading.tagName === 'dt' ? (open.at(-1)?.level ?? 1) + 1 : Number(start.heading.tagName[1]);
        while (open.length > 0 && (open.at(-1)?.level ?? 0) >= level) open.pop();
        sections.push({ id: start.id, heading, context: open.map((o) => o.text), blocks: [] });
        if (start.heading.tagName !== 'dt') open.push({ level, text: heading });
        if (start.heading === node) return;
        skipHeading = start.heading;
      }
      if (node.tagName === 'td' || node.tagName === 'th') line += ' — ';
      if (blockTags.has(node.tagName)) flush();
    }
    const internal =
      node.type === 'element' && node.tagName === 'a' && /^\/(?!\/)/.test(String(node.properties.href ?? ''));
    if (internal) inLink += 1;
    for (const child of node.children) walk(child, skipHeading);
    if (internal) inLink -= 1;
    if (node.type === 'element' && blockTags.has(node.tagName)) flush();
  };
  for (const root of roots) walk(root);
  flush();

  return { lang, title, sections: sections.filter((s) => s.blocks.length > 0 || s.id !== undefined) };
}

/** A block with at least this share of its text in links to other pages is a list of links. */
const LINK_SHARE = 0.6;

/** The visible text of an element, without the parts readers do not search for. */
function textOf(el: Element): string {
  let text = '';
  const walk = (node: Nodes) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') return;
    if (notSearched.some((skip) => skip(node))) return;
    for (const child of node.children) walk(child);
  };
  for (const child of el.children) walk(child);
  return squash(text);
}

function elements(tree: Root): Element[] {
  const out: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') out.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

function hasClass(el: Element, name: string): boolean {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes(name);
}

/** Collapses whitespace and trims the cell separators a table row starts with. */
function squash(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^(?:\s*—\s*)+/, '')
    .trim();
}
