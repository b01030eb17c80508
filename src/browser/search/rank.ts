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
  /** True when it contains every idea of the query. */
  full: boolean;
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
  /** The reader question this section answers that matched the query, when the match was on it. */
  answers?: string;
}

/** A page and its matching sections, for grouping the results. */
export interface PageGroup {
  /** The page's URL, without an anchor. */
  url: string;
  page: string;
  sections: FoundSection[];
}

/**
 * How much of the best score a partial match (a section with only some of the query's ideas) needs
 * to be shown, and the share of the ideas it must have. A section with all of them is always shown:
 * a name returns every section that mentions it.
 */
export const cutoffs = {
  /** Below this share of the best section overall, a partial match is noise from a single common word. */
  overall: 0.12,
  /** A partial match must contain at least this share of the query's ideas… */
  coverage: 0.5,
  /**
   * …and at least two of them: "student loans" must not show a section about students and another
   * about loans, which would answer nothing the reader asked.
   */
  minIdeas: 2,
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

/**
 * Adds up each section's weighted scores over all runs, best first. Each run says which of the
 * query's `ideas` its sections contain; a section with all of them is a full match and is kept
 * whatever its score; a partial match is kept only with enough of the ideas and of the best score.
 * `weightOf` scales a section by the kind of page it is on (see engine.ts). A section Pagefind
 * found only through metadata that does not count (its page's title) scores 0 and is left out.
 */
export function rankHits(
  runs: readonly { weight: number; covers: readonly number[]; hits: readonly RunHit[] }[],
  ideas: number,
  weightOf: (id: string) => number = () => 1,
): RankedHit[] {
  const byId = new Map<string, { id: string; score: number; bestRun: number; best: number; covered: Set<number> }>();
  runs.forEach((run, r) => {
    for (const hit of run.hits) {
      const gain = run.weight * hit.score;
      const entry = byId.get(hit.id) ?? { id: hit.id, score: 0, bestRun: r, best: -Infinity, covered: new Set() };
      entry.score += gain;
      for (const idea of run.covers) entry.covered.add(idea);
      if (gain > entry.best) {
        entry.best = gain;
        entry.bestRun = r;
      }
      byId.set(hit.id, entry);
    }
  });
  const ranked = [...byId.values()]
    .map((e) => ({
      id: e.id,
      score: e.score * weightOf(e.id),
      bestRun: e.bestRun,
      full: e.covered.size >= ideas,
      covered: e.covered.size,
    }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  return ranked
    .filter(
      (h) =>
        h.full ||
        (h.covered >= Math.max(cutoffs.minIdeas, ideas * cutoffs.coverage) && h.score >= top * cutoffs.overall),
    )
    .map(({ id, score, bestRun, full }) => ({ id, score, bestRun, full }));
}

/**
 * Groups ranked sections under their pages. The section a typed citation leads to comes first; then
 * pages in the order of their best section; under a page, its sections by score.
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
    group.sections.push(s);
  }
  return groups;
}
