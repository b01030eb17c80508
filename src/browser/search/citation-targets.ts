import type { Citation, CodeCitation } from '../../legal-citation.ts';

/** One place a citation can lead: an anchor of the statute page, or an article section. */
export interface CitationTarget {
  /** The citation this place answers; a Code citation here always has a section. */
  cite: Citation;
  /** The link: "/law/6103/#i-2", "/section-6103/#what-does--6103i2-require". */
  url: string;
  /** The heading of the section the link opens. */
  heading: string;
  /** The title of the page. */
  page: string;
  /** Where the target came from: the annotated statute wins over an article section of the same depth. */
  from: 'statute' | 'article';
}

/** Every citation target of one language, as the build writes it for the search page. */
export interface CitationTable {
  /** The Code section a bare "(i)(2)" means. */
  defaultSection: string;
  targets: CitationTarget[];
}

/** A citation resolved to a place, with the citation completed ("(i)(2)" → "§ 6103(i)(2)"). */
export interface ResolvedCitation {
  citation: Citation;
  target: CitationTarget;
}

/**
 * Where a citation leads: the most specific target whose path starts the citation's path, so that
 * "§ 6103(i)(2)(B)(i)" opens (i)(2)(B) when there is no deeper anchor. A bare number ("6103") is
 * taken as a citation only when some target knows that section: "1976" is a year.
 */
export function resolveCitation(citation: Citation, table: CitationTable): ResolvedCitation | null {
  if (citation.kind === 'public-law') {
    const target = table.targets.find(
      (t) => t.cite.kind === 'public-law' && t.cite.congress === citation.congress && t.cite.law === citation.law,
    );
    return target ? { citation, target } : null;
  }
  const full: CodeCitation = { ...citation, section: citation.section ?? table.defaultSection };
  const sameSection = table.targets.filter(
    (t): t is CitationTarget & { cite: CodeCitation } =>
      t.cite.kind === 'code' && t.cite.section?.toUpperCase() === full.section?.toUpperCase(),
  );
  const titleOf = (c: CodeCitation) => c.title ?? 26;
  const inTitle = sameSection.filter((t) => titleOf(t.cite) === titleOf(full));
  // "§ 1253" with no title: the reader means whichever title this site cites that section from.
  const candidates = inTitle.length > 0 || full.title !== undefined ? inTitle : sameSection;
  let best: CitationTarget | undefined;
  let bestDepth = -1;
  for (const t of candidates) {
    const path = (t.cite as CodeCitation).path;
    if (!isPrefix(path, full.path)) continue;
    const better =
      path.length > bestDepth || (path.length === bestDepth && t.from === 'statute' && best?.from !== 'statute');
    if (better) {
      best = t;
      bestDepth = path.length;
    }
  }
  return best ? { citation: full, target: best } : null;
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p.toLowerCase() === path[i].toLowerCase());
}
