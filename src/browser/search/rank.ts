/** One section that a Pagefind search found, with its score in that search. */
export interface RunHit {
  /** Pagefind's id of the section record. */
  id: string;
  score: number;
}

/** A section with its scores from every run added up. */
export interface RankedHit {
  id: string;
  /** Sum over runs of run weight × Pagefind score. */
  score: number;
  /** The run that gave it the most, whose excerpt marks the words that found it. */
  bestRun: number;
}

/** A section ready to show, as the engine reads it from Pagefind. */
export interface FoundSection {
  /** Link to the section: "/itin-filers/#what-is-an-itin". */
  url: string;
  /** The section's heading. */
  heading: string;
  /** The page's title. */
  page: string;
  /** The excerpt, with the matched words in <mark>. */
  excerpt: string;
  /** The link a result opens: the URL with a text fragment that highlights the matched words. */
  href: string;
  score: number;
  /** The citation the reader typed, when this section is where it leads: shown first, labelled with it. */
  cite?: string;
}

/** A page and its matching sections, in the order they are shown. */
export interface PageGroup {
  /** The page's URL, without an anchor. */
  url: string;
  page: string;
  sections: FoundSection[];
}

/** How much of the best score a section needs to be shown at all, and beside its page's best one. */
export const cutoffs = {
  /** Below this share of the best section overall, a section is noise from a single common word. */
  overall: 0.12,
  /** Below this share of its page's best section, it is not worth a line of its own. */
  inPage: 0.3,
  /** Sections shown under one page. */
  perPage: 3,
} as const;

/**
 * How much a heading that asks the reader's question counts: a section's score is multiplied by
 * 1 + this × the share of the query's words that its heading contains. The articles' headings are
 * the questions readers ask ("Who may ask?"), and Pagefind's scores flatten that signal.
 */
export const HEADING_BONUS = 2;

/** The share of `words` (already compared as `matchKey` does) found in `heading`; "address" finds "addresses". */
export function headingShare(words: readonly string[], headingKeys: readonly string[]): number {
  if (words.length === 0) return 0;
  const found = words.filter((w) => headingKeys.some((h) => sameWord(w, h)));
  return found.length / words.length;
}

/** Equal, or one starts the other and the shorter has at least three letters ("tax", "taxes"). */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= 3 && long.startsWith(short));
}

/** Adds up each section's weighted scores over all runs, best first; drops the noise below `cutoffs.overall`. */
export function rankHits(runs: readonly { weight: number; hits: readonly RunHit[] }[]): RankedHit[] {
  const byId = new Map<string, RankedHit & { best: number }>();
  runs.forEach((run, r) => {
    for (const hit of run.hits) {
      const gain = run.weight * hit.score;
      const entry = byId.get(hit.id) ?? { id: hit.id, score: 0, bestRun: r, best: -Infinity };
      entry.score += gain;
      if (gain > entry.best) {
        entry.best = gain;
        entry.bestRun = r;
      }
      byId.set(hit.id, entry);
    }
  });
  const ranked = [...byId.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  return ranked
    .filter((h) => h.score > 0 && h.score >= top * cutoffs.overall)
    .map(({ id, score, bestRun }) => ({ id, score, bestRun }));
}

/**
 * Groups ranked sections under their pages. The section a typed citation leads to comes first; then
 * pages in the order of their best section; under a page, its sections by score, keeping those within
 * `cutoffs.inPage` of its best, at most `cutoffs.perPage`.
 */
export function groupByPage(sections: readonly FoundSection[]): PageGroup[] {
  const groups: PageGroup[] = [];
  const ordered = [...sections].sort((a, b) => Number(Boolean(b.cite)) - Number(Boolean(a.cite)) || b.score - a.score);
  for (const s of ordered) {
    const url = s.url.split('#')[0];
    let group = groups.find((g) => g.url === url);
    if (!group) {
      group = { url, page: s.page, sections: [] };
      groups.push(group);
    }
    const best = group.sections.find((g) => !g.cite)?.score ?? s.score;
    if (s.cite || (group.sections.length < cutoffs.perPage && s.score >= best * cutoffs.inPage)) group.sections.push(s);
  }
  return groups;
}
