import { citationSearchText, findCitations } from '../../legal-citation.ts';
import { resolveCitation, type CitationTable, type ResolvedCitation } from './citation-targets.ts';

/** The words a language's search knows beyond its index. */
export interface QueryVocabulary {
  /** Groups of forms that mean the same: `[ITIN, individual taxpayer identification number]`. */
  aliases: readonly (readonly string[])[];
  /** Alias forms that no page has: read in queries, never searched. */
  absent?: readonly string[];
  /** Words too common to search for on their own ("the", "my"). */
  stopWords: readonly string[];
  /** Where citations lead. */
  citations: CitationTable;
}

/**
 * One idea of a query: a word that is not a stop word, an alias group ("individual taxpayer
 * identification number"), or a citation. A result must contain each idea (in one of its forms) to
 * match the query fully.
 */
export interface Idea {
  /** The query's words that make it up, as typed. */
  typed: string;
  /** What to search for it, best first: the typed form, then the alias group's other forms. */
  forms: string[];
  /** What it is: a plain word (which the engine checks against the index's words), an alias group or a citation. */
  kind: 'word' | 'alias' | 'citation';
}

/** A query read into its ideas, with the citation it names (if the site knows it). */
export interface ParsedQuery {
  /** The query, tidied. */
  text: string;
  citation: ResolvedCitation | null;
  ideas: Idea[];
  /** The query's words that are not stop words, compared as `matchKey` does (for heading bonuses). */
  words: string[];
}

/** One Pagefind search, how much its scores count, and which ideas a section it finds contains. */
export interface SearchRun {
  /** The text given to Pagefind. */
  text: string;
  /** Multiplies the run's scores when the runs are added up. */
  weight: number;
  /** The ideas (indexes into `ParsedQuery.ideas`) that every section this run finds contains. */
  covers: number[];
  /** The words searched, to check what Pagefind marked (see honest.ts). */
  terms: string[];
}

/** Weights of the kinds of run, tuned against tests/search-queries/en.yaml. */
export const runWeights = {
  /** Every idea, each in the form the reader typed (Pagefind finds sections that have all of them). */
  whole: 0.7,
  /** Every idea, with one alias group in another of its forms. */
  alias: 0.6,
  /** One idea on its own, so a section that answers part of a longer question still shows. */
  part: 0.5,
} as const;

const MAX_ALIAS_RUNS = 6;

/**
 * Reads a query into ideas. A citation the site knows is resolved to its target and searched in the
 * form the text uses ("(i)(2)" → "6103(i)(2)"); alias groups are found (longest forms first); every
 * other word that is not a stop word is an idea of its own. A query of stop words only keeps them all.
 */
export function parseQuery(query: string, vocabulary: QueryVocabulary): ParsedQuery {
  let text = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return { text, citation: null, ideas: [], words: [] };

  let citation: ResolvedCitation | null = null;
  let citeText: string | undefined;
  for (const match of findCitations(text)) {
    citation = resolveCitation(match.citation, vocabulary.citations);
    if (citation) {
      citeText = citationSearchText(citation.citation);
      text = `${text.slice(0, match.index)} ${citeText} ${text.slice(match.index + match.text.length)}`
        .replace(/\s+/g, ' ')
        .trim();
      break;
    }
  }

  const words = text.split(' ');
  const keys = words.map(matchKey);
  const { stopSet, absent, candidates } = prepared(vocabulary);
  const groups = findAliases(keys, candidates);
  const inGroup = (i: number) => groups.find((g) => i >= g.start && i < g.end);
  const isStop = (i: number) => keys[i] === '' || (stopSet.has(keys[i]) && !inGroup(i));
  const keepStops = words.every((_, i) => isStop(i));

  const ideas: Idea[] = [];
  words.forEach((word, i) => {
    const group = inGroup(i);
    if (group) {
      if (i !== group.start) return;
      const typed = words.slice(group.start, group.end).join(' ');
      const forms = [typed, ...group.forms.filter((f) => matchKey(f) !== matchKey(typed))].filter(
        (f) => !absent.has(f.toLowerCase()),
      );
      ideas.push({ typed, forms, kind: 'alias' });
    } else if (keys[i] !== '' && (keepStops || !isStop(i))) {
      ideas.push({ typed: word, forms: [word], kind: word === citeText ? 'citation' : 'word' });
    }
  });
  return { text, citation, ideas, words: keys.filter((k, i) => k !== '' && (keepStops || !isStop(i))) };
}

/**
 * Plans the Pagefind searches for the ideas (each already checked, or corrected, against the index).
 * Pagefind keeps only sections that contain every word of a search, which is precise but strict for a
 * reader's own words. So every idea runs together first; then with each alias group's other forms
 * swapped in ("ICE" ↔ "Immigration and Customs Enforcement"); then, if there is more than one idea,
 * each idea alone, weighted less.
 */
export function planRuns(ideas: readonly Idea[]): SearchRun[] {
  const searchable = ideas.map((idea, i) => ({ idea, i })).filter(({ idea }) => idea.forms.length > 0);
  if (searchable.length === 0) return [];
  const all = searchable.map(({ i }) => i);
  const runs: SearchRun[] = [];
  const add = (forms: string[], weight: number, covers: number[]) => {
    const text = forms.join(' ').replace(/\s+/g, ' ').trim();
    if (text !== '' && !runs.some((r) => matchKey(r.text) === matchKey(text)))
      runs.push({ text, weight, covers, terms: text.split(' ') });
  };
  add(
    searchable.map(({ idea }) => idea.forms[0]),
    runWeights.whole,
    all,
  );
  let aliasRuns = 0;
  for (const { idea, i } of searchable) {
    for (const form of idea.forms.slice(1)) {
      if (aliasRuns >= MAX_ALIAS_RUNS) break;
      add(
        searchable.map((s) => (s.i === i ? form : s.idea.forms[0])),
        runWeights.alias,
        all,
      );
      aliasRuns += 1;
    }
  }
  if (searchable.length > 1) {
    for (const { idea, i } of searchable) {
      // Pagefind adds up the scores of a search's words, so a three-word form alone would outweigh a word.
      for (const form of idea.forms) add([form], runWeights.part / form.split(' ').length, [i]);
    }
  }
  return runs;
}

/** An alias group found in the query: which words it covers and its forms. */
interface AliasMatch {
  start: number;
  end: number;
  forms: readonly string[];
}

/** An alias form ready to match: its group and its words as compared. */
interface AliasCandidate {
  forms: readonly string[];
  formKeys: string[];
}

/** What a vocabulary's words become for matching, worked out once: a reader types many queries against it. */
interface Prepared {
  stopSet: ReadonlySet<string>;
  absent: ReadonlySet<string>;
  /** Alias forms, longest first. */
  candidates: AliasCandidate[];
}

const preparedCache = new WeakMap<QueryVocabulary, Prepared>();

function prepared(vocabulary: QueryVocabulary): Prepared {
  let ready = preparedCache.get(vocabulary);
  if (!ready) {
    const candidates = vocabulary.aliases.flatMap((forms) =>
      forms.map((form) => ({
        forms,
        formKeys: form
          .split(/\s+/)
          .map(matchKey)
          .filter((k) => k !== ''),
      })),
    );
    candidates.sort((a, b) => b.formKeys.length - a.formKeys.length);
    ready = {
      stopSet: new Set(vocabulary.stopWords.map(matchKey)),
      absent: new Set((vocabulary.absent ?? []).map((f) => f.toLowerCase())),
      candidates,
    };
    preparedCache.set(vocabulary, ready);
  }
  return ready;
}

/** Finds alias groups in the query, longest forms first, never overlapping. */
function findAliases(keys: readonly string[], candidates: readonly AliasCandidate[]): AliasMatch[] {
  const found: AliasMatch[] = [];
  for (const c of candidates) {
    if (c.formKeys.length === 0) continue;
    for (let i = 0; i + c.formKeys.length <= keys.length; i += 1) {
      const end = i + c.formKeys.length;
      if (!c.formKeys.every((k, j) => keys[i + j] === k)) continue;
      if (found.some((m) => i < m.end && m.start < end)) continue;
      found.push({ start: i, end, forms: c.forms });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A word as compared: lower case, without accents or the punctuation around it. */
export function matchKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}§]+|[^\p{L}\p{N}]+$/gu, '');
}
