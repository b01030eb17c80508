import { citationSearchText, findCitations } from './citation.ts';
import { resolveCitation, type CitationTable, type ResolvedCitation } from './citation-targets.ts';

/** The words a language's search knows beyond its index. */
export interface QueryVocabulary {
  /** Groups of forms that mean the same: `[ITIN, individual taxpayer identification number]`. */
  aliases: readonly (readonly string[])[];
  /** Words too common to search for on their own ("the", "my"). */
  stopWords: readonly string[];
  /** Where citations lead. */
  citations: CitationTable;
}

/** One Pagefind search and how much its scores count. */
export interface SearchRun {
  /** The text given to Pagefind. */
  text: string;
  /** Multiplies the run's scores when the runs are added up. */
  weight: number;
}

/** What to do for one query: the citation it names, if any, and the Pagefind searches to add up. */
export interface QueryPlan {
  citation: ResolvedCitation | null;
  runs: SearchRun[];
  /** The query's words that are not stop words, compared as `matchKey` does. */
  words: string[];
}

/** Weights of the kinds of run, tuned against tests/search-queries/en.yaml. */
export const runWeights = {
  /** The query's words without its stop words (Pagefind finds sections that have all of them). */
  whole: 0.7,
  /** The query as typed, stop words included, which favours a heading phrased the reader's way. */
  asTyped: 0.2,
  /** The query with one reader's word swapped for the site's word, or the other way round. */
  alias: 0.6,
  /** One idea of the query on its own, so a section that answers part of it still shows. */
  part: 0.5,
} as const;

const MAX_ALIAS_RUNS = 6;

/**
 * Plans the searches for a query. Pagefind keeps only sections that contain every known word of a
 * search, which is precise but strict for a reader's own words. So the query's words (without stop
 * words) run first, then the query as typed; then the query with each alias swapped in ("ICE" ↔
 * "Immigration and Customs Enforcement"); then, if the query has more than one idea, each idea alone
 * (a word that is not a stop word, or an alias group), weighted less. A citation the site knows is
 * resolved to its target and searched in the form the text uses ("(i)(2)" → "6103(i)(2)").
 */
export function planQuery(query: string, vocabulary: QueryVocabulary): QueryPlan {
  let text = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return { citation: null, runs: [], words: [] };

  let citation: ResolvedCitation | null = null;
  for (const match of findCitations(text)) {
    citation = resolveCitation(match.citation, vocabulary.citations);
    if (citation) {
      const before = text.slice(0, match.index);
      text = `${before}${citationSearchText(citation.citation)}${text.slice(match.index + match.text.length)}`
        .replace(/\s+/g, ' ')
        .trim();
      break;
    }
  }

  const words = text.split(' ');
  const keys = words.map(matchKey);
  const stopSet = new Set(vocabulary.stopWords.map(matchKey));
  const ideas = findIdeas(keys, vocabulary.aliases);
  const inIdea = (i: number) => ideas.find((idea) => i >= idea.start && i < idea.end);
  const isStop = (i: number) => keys[i] === '' || (stopSet.has(keys[i]) && !inIdea(i));
  const hasContent = words.some((_, i) => !isStop(i));

  /** The query's words without its stop words, with `swap` (if any) replacing its idea's words. */
  const compose = (swap?: { idea: Idea; form: string }) =>
    words
      .flatMap((word, i) => {
        if (swap && i >= swap.idea.start && i < swap.idea.end) return i === swap.idea.start ? [swap.form] : [];
        return hasContent && isStop(i) ? [] : [word];
      })
      .join(' ');

  const runs: SearchRun[] = [];
  const add = (runText: string, weight: number) => {
    const clean = runText.replace(/\s+/g, ' ').trim();
    if (clean !== '' && !runs.some((r) => matchKey(r.text) === matchKey(clean))) runs.push({ text: clean, weight });
  };
  add(compose(), runWeights.whole);
  add(text, runWeights.asTyped);

  let aliasRuns = 0;
  for (const idea of ideas) {
    for (const form of idea.forms) {
      if (aliasRuns >= MAX_ALIAS_RUNS || form === idea.matched) continue;
      add(compose({ idea, form }), runWeights.alias);
      aliasRuns += 1;
    }
  }

  const parts: string[][] = ideas.map((idea) => [...idea.forms]);
  words.forEach((word, i) => {
    if (!isStop(i) && !inIdea(i)) parts.push([word]);
  });
  // Pagefind adds up the scores of a search's words, so a three-word form alone would outweigh a word.
  if (parts.length > 1)
    for (const forms of parts) for (const form of forms) add(form, runWeights.part / form.split(' ').length);

  return { citation, runs, words: keys.filter((k, i) => !isStop(i) && k !== '') };
}

/** An alias group found in the query: which words it covers and its forms. */
interface Idea {
  start: number;
  end: number;
  /** The form as it appeared in the query. */
  matched: string;
  forms: readonly string[];
}

/** Finds alias groups in the query, longest forms first, never overlapping. */
function findIdeas(keys: readonly string[], aliases: readonly (readonly string[])[]): Idea[] {
  const candidates = aliases.flatMap((forms) =>
    forms.map((form) => ({
      form,
      forms,
      formKeys: form
        .split(/\s+/)
        .map(matchKey)
        .filter((k) => k !== ''),
    })),
  );
  candidates.sort((a, b) => b.formKeys.length - a.formKeys.length);
  const ideas: Idea[] = [];
  for (const c of candidates) {
    if (c.formKeys.length === 0) continue;
    for (let i = 0; i + c.formKeys.length <= keys.length; i += 1) {
      const end = i + c.formKeys.length;
      if (!c.formKeys.every((k, j) => keys[i + j] === k)) continue;
      if (ideas.some((idea) => i < idea.end && idea.start < end)) continue;
      ideas.push({ start: i, end, matched: c.form, forms: c.forms });
    }
  }
  return ideas.sort((a, b) => a.start - b.start);
}

/** A word as compared: lower case, without accents or the punctuation around it. */
export function matchKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}§]+|[^\p{L}\p{N}]+$/gu, '');
}
