/**
 * Reads legal citations in a reader's query: "6103(i)(2)", "(i)(2)", "§ 7213A", "sección 6103",
 * "26 U.S.C. § 6103(i)(2)(B)", "Pub. L. 94-455". Pure: no I/O, no DOM; a shared
 * foundation, used in the browser, by the content schemas and at build.
 */

/** A citation of the U.S. Code. */
export interface CodeCitation {
  kind: 'code';
  /** The Code title when the reader gave one ("26 U.S.C."); the Internal Revenue Code is title 26. */
  title?: number;
  /** The section number, with an upper-case letter suffix: "6103", "7213A"; absent in a bare "(i)(2)". */
  section?: string;
  /** The subsection path as written: "(i)(2)(A)" → ["i", "2", "A"]. */
  path: string[];
  /** False for a bare number ("6103"), which may be a year or a count: it counts only if a target knows it. */
  explicit: boolean;
}

/** A citation of a public law: "Pub. L. 94-455" → congress 94, law 455. */
export interface PublicLawCitation {
  kind: 'public-law';
  /** The Congress that passed it. */
  congress: number;
  /** The law's number in that Congress. */
  law: number;
}

export type Citation = CodeCitation | PublicLawCitation;

/** A citation found in a query, with where it was. */
export interface CitationMatch {
  citation: Citation;
  /** The characters of the query that make up the citation. */
  text: string;
  /** Where those characters start in the query. */
  index: number;
}

const TITLE = String.raw`(?:(\d{1,2})\s*U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?\s*|(I\.?R\.?C\.?)\s*)`;
const MARKER = String.raw`(?:(§§?|\b(?:sections?|sec(?:ci[oó]n|t)?\.?|secc\.?|art[ií]culo)(?![a-záéíóú]))\s*)`;
const SECTION = String.raw`(\d{3,5}[A-Za-z]?)(?![A-Za-z0-9])`;
const PATH = String.raw`((?:\s?\([A-Za-z0-9]{1,4}\))+)`;
const CODE = new RegExp(String.raw`${TITLE}?${MARKER}?(?:${SECTION}${PATH}?|${PATH})`, 'giu');
const PUBLIC_LAW = new RegExp(
  String.raw`\b(?:pub(?:lic)?\.?\s*l(?:aw)?\.?|p\.\s?l\.|ley\s+p[uú]blica)\s*(?:no\.?\s*)?(\d{2,3})\s*[-–‑]\s*(\d{1,4})\b`,
  'giu',
);

/** Every citation in `query`, in the order they appear. */
export function findCitations(query: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const m of query.matchAll(PUBLIC_LAW)) {
    found.push({
      citation: { kind: 'public-law', congress: Number(m[1]), law: Number(m[2]) },
      text: m[0],
      index: m.index,
    });
  }
  for (const m of query.matchAll(CODE)) {
    const [raw, title, irc, marker, section, sectionPath, barePath] = m;
    const text = raw.trim();
    const start = m.index + raw.length - raw.trimStart().length;
    // A digit or letter just before means the number is part of a longer word ("1.28", "W-7").
    const before = query.slice(0, start);
    if (/[\p{L}\p{N}.,\-–]$/u.test(before) && !title && !irc && !marker) continue;
    if (found.some((f) => start < f.index + f.text.length && f.index < start + text.length)) continue;
    let path = parsePath(sectionPath ?? barePath ?? '');
    let length = text.length;
    if (section && path.length === 0) {
      // "6103 i 2": a subsection typed without its parentheses.
      const bare = barePathAfter(query.slice(start + text.length));
      if (bare) {
        path = bare.path;
        length += bare.length;
      }
    }
    const explicit = Boolean(title || irc || marker || path.length > 0);
    found.push({
      citation: {
        kind: 'code',
        title: title ? Number(title) : irc ? 26 : undefined,
        section: section?.toUpperCase(),
        path,
        explicit,
      },
      text: query.slice(start, start + length),
      index: start,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The citation that makes up all of `text`, with a section number; else undefined. Every `cite` of
 * content/search/citations.yaml must be one (its schema refuses any other).
 */
export function parseWholeCitation(text: string): Citation | undefined {
  const found = findCitations(text);
  if (found.length !== 1 || found[0].text !== text.trim()) return undefined;
  const c = found[0].citation;
  return c.kind === 'public-law' || c.section !== undefined ? c : undefined;
}

/** `query` without the characters of `match`, for searching the rest as words. */
export function withoutCitation(query: string, match: CitationMatch): string {
  return `${query.slice(0, match.index)} ${query.slice(match.index + match.text.length)}`.replace(/\s+/g, ' ').trim();
}

/** The citation written the usual way: "26 U.S.C. § 6103(i)(2)", "§ 7213A", "(i)(2)", "Pub. L. 94-455". */
export function formatCitation(c: Citation): string {
  if (c.kind === 'public-law') return `Pub. L. ${c.congress}-${c.law}`;
  const path = c.path.map((p) => `(${p})`).join('');
  if (c.section === undefined) return path;
  return `${c.title !== undefined && c.title !== 26 ? `${c.title} U.S.C. ` : ''}§ ${c.section}${path}`;
}

/** The words Pagefind indexes for a citation: "6103(i)(2)" is one compound word in the text. */
export function citationSearchText(c: Citation): string {
  if (c.kind === 'public-law') return `${c.congress}-${c.law}`;
  return `${c.section ?? ''}${c.path.map((p) => `(${p})`).join('')}`;
}

/** The kind of designator at each depth of the Code's outline: (a), (1), (A), (i). */
const LEVELS = [/^[a-z]{1,2}$/i, /^\d{1,2}$/, /^[a-z]{1,2}$/i, /^[ivx]{1,4}$/i];

/**
 * A subsection path typed without parentheses right after a section number ("6103 i 2", "6103 b 6"):
 * designators in the outline's order (letter, number, letter, numeral). A lone letter counts only at
 * the end of the query, so "6103 a lot" or "6103 i think" keep their words.
 */
function barePathAfter(rest: string): { path: string[]; length: number } | undefined {
  const tokens = [...rest.matchAll(/\s+([A-Za-z0-9]{1,4})(?![\p{L}\p{N}(])/gu)];
  const path: string[] = [];
  let length = 0;
  for (const m of tokens) {
    if (m.index !== length || path.length >= LEVELS.length || !LEVELS[path.length].test(m[1])) break;
    path.push(
      path.length === 2 ? m[1].toUpperCase() : path.length === 0 || path.length === 3 ? m[1].toLowerCase() : m[1],
    );
    length += m[0].length;
  }
  if (path.length === 0) return undefined;
  if (path.length === 1 && rest.slice(length).trim() !== '') return undefined;
  return { path, length };
}

function parsePath(text: string): string[] {
  return [...text.matchAll(/\(([A-Za-z0-9]{1,4})\)/g)].map((m) => m[1]);
}
