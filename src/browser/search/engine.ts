import { matchKey, parseQuery, planRuns, type Idea } from './query-plan.ts';
import { formatCitation } from '../../legal-citation.ts';
import { landingUrl } from './landing-url.ts';
import { withoutHeadings } from './excerpt.ts';
import { correction, parseVocabulary, presence, type VocabularyChunk, type VocabularyFile } from './vocabulary.ts';
import { closestTopics, excerptMatches, findUncovered } from './honest.ts';
import { indexKey, vocabularyKey, type Stemmer } from './words.ts';
import {
  groupByPage,
  headingShare,
  rankHits,
  HEADING_BONUS,
  type FoundSection,
  type PageGroup,
  type RankedHit,
} from './rank.ts';
import type { SearchData, TopicLink, UncoveredTopic } from './search-data.ts';

/** One section a Pagefind search found (the parts of Pagefind's result the engine uses). */
export interface BundleHit {
  /** Pagefind's id of the section record. */
  id: string;
  score: number;
  /** Loads the section's URL, excerpt (matched words in <mark>) and metadata. */
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** A language's Pagefind index, opened. */
export interface SearchBundle {
  search(text: string): Promise<BundleHit[]>;
  /** Starts loading the index for `text`'s words, without searching. */
  preload?(text: string): Promise<void>;
}

/** How the engine reaches the network, so it can run against stubs in tests. */
export interface SearchIO {
  /** Fetches a language's search-data.json. */
  loadData(url: string): Promise<SearchData>;
  /** Fetches one of a language's word lists. */
  loadList(url: string): Promise<VocabularyFile>;
  /** Opens the Pagefind bundle at a path such as "/pagefind/en/". */
  openBundle(path: string): Promise<SearchBundle>;
  /** Loads a language's stemmer. */
  loadStemmer(lang: string): Promise<Stemmer>;
}

/** What a query found, ready to show. */
export interface SearchOutcome {
  query: string;
  /** The query with misspelled words corrected, when any were: the results are for it, and the page says so. */
  corrected?: string;
  /** The language the results are in. */
  lang: string;
  /** That language's name in itself ("Español"). */
  label: string;
  /** True when the page's language found nothing and these results come from another language. */
  fallback: boolean;
  /** Pages with their matching sections, best first; a typed citation's target comes first. */
  groups: PageGroup[];
  /** Number of sections that match, shown or not. */
  total: number;
  /** Number of sections shown in `groups`. */
  shown: number;
  /** Loads every matching section ("show all"), when not all are shown. */
  more?: () => Promise<SearchOutcome>;
  /**
   * The rest of the first screen of results, when these are only its first few: they are shown at
   * once, and this fills in the rest in place.
   */
  next?: Promise<SearchOutcome>;
  /** The query's words that no page of the site has (then nothing matches). */
  missing: string[];
  /** The subject the query names that the site does not cover, when nothing matches. */
  uncovered?: UncoveredTopic;
  /** The closest topics, when nothing matches. */
  topics: TopicLink[];
}

/** Where a language's files are. */
export interface LanguageFiles {
  /** Its search-data.json. */
  data: string;
  /** Its Pagefind bundle, when known up front (then it opens while the data loads). */
  bundle?: string;
  /** Its language code, when known up front (then its stemmer loads while the data loads). */
  lang?: string;
}

/** Sections shown before "show all": a phone's first screens. */
export const PAGE_SIZE = 10;

/** Sections whose text is loaded before anything is shown: the first screen of a phone. */
export const FIRST = 3;

interface Language {
  data: SearchData;
  bundle: SearchBundle;
  stem: Stemmer;
  stopWords: ReadonlySet<string>;
  lists: Map<string, Promise<VocabularyChunk | undefined>>;
}

/**
 * Runs readers' queries. Each query word is checked against the index's own words (vocabulary.ts):
 * a word no page has is reported as missing, not matched on something shorter; a misspelled one is
 * corrected only into a word the site has, and the page says so. The query's ideas then run as
 * Pagefind searches whose scores add up (query-plan.ts, rank.ts); every section that contains all of
 * them is kept, so a name returns every section that mentions it. When the page's language finds
 * nothing, the other languages' indexes are tried and the results labelled.
 */
export class SearchEngine {
  private readonly languages = new Map<string, Promise<Language>>();
  private readonly own: LanguageFiles;
  private readonly io: SearchIO;

  constructor(own: LanguageFiles, io: SearchIO) {
    this.own = own;
    this.io = io;
  }

  /** Starts loading the page language's index, so the first query does not wait for it. */
  warm(): Promise<unknown> {
    return this.language(this.own);
  }

  async search(query: string): Promise<SearchOutcome> {
    const own = await this.language(this.own);
    const found = await this.searchIn(own, query);
    if (found.total > 0 || query.trim() === '') return found;
    for (const other of own.data.others) {
      const elsewhere = await this.searchIn(await this.language(other), query);
      if (elsewhere.total > 0) return asFallback(elsewhere);
    }
    return found;
  }

  private language(files: LanguageFiles): Promise<Language> {
    let loading = this.languages.get(files.data);
    if (!loading) {
      const bundle = files.bundle ? this.io.openBundle(files.bundle) : undefined;
      const stem = files.lang ? this.io.loadStemmer(files.lang) : undefined;
      // Nothing waits on a promise that may fail before it is awaited below.
      bundle?.catch(() => undefined);
      stem?.catch(() => undefined);
      loading = this.io.loadData(files.data).then(async (data) => ({
        data,
        bundle: await (bundle ?? this.io.openBundle(data.bundle)),
        stem: remembered(await (stem ?? this.io.loadStemmer(data.lang))),
        stopWords: new Set(data.stopWords.map(matchKey)),
        lists: new Map(),
      }));
      // A failed load (offline) is retried on the next query rather than remembered.
      loading.catch(() => this.languages.delete(files.data));
      this.languages.set(files.data, loading);
    }
    return loading;
  }

  /** The word list that `word` would be in (loaded once per language). */
  private list(language: Language, word: string): Promise<VocabularyChunk | undefined> {
    const key = vocabularyKey(indexKey(word));
    let loading = language.lists.get(key);
    if (!loading) {
      loading = language.data.lists.includes(key)
        ? this.io.loadList(`${language.data.vocabulary}${key}.json`).then(parseVocabulary)
        : Promise.resolve(undefined);
      loading.catch(() => language.lists.delete(key));
      language.lists.set(key, loading);
    }
    return loading;
  }

  private async searchIn(language: Language, query: string): Promise<SearchOutcome> {
    const { data, bundle, stem, stopWords } = language;
    const parsed = parseQuery(query, data);
    const base = { query, lang: data.lang, label: data.label, fallback: false, missing: [], topics: [] };
    if (parsed.ideas.length === 0) return { ...base, groups: [], total: 0, shown: 0 };

    // While the word lists load, Pagefind starts loading the index for the words as typed.
    void bundle.preload?.(parsed.ideas.map((i) => i.forms[0]).join(' ')).catch(() => undefined);
    const checked = await this.checkIdeas(language, parsed.ideas, !/\s$/.test(query));
    const corrected = checked.corrections.size > 0 ? correctQuery(query, checked.corrections) : undefined;

    const target = parsed.citation;
    const pinned: FoundSection[] = target
      ? [
          {
            url: target.target.url,
            href: target.target.url,
            heading: target.target.heading,
            page: target.target.page,
            excerpt: '',
            score: 0,
            cite: formatCitation(target.citation),
          },
        ]
      : [];

    if (checked.missing.length > 0) {
      const groups = groupByPage(pinned);
      return {
        ...base,
        corrected,
        groups,
        total: pinned.length,
        shown: pinned.length,
        missing: checked.missing,
        uncovered: findUncovered(query, data.uncovered, stem),
        topics: closestTopics(query, data.topics, stem, stopWords),
      };
    }

    const runs = planRuns(checked.ideas);
    const results = await Promise.all(runs.map(async (run) => ({ ...run, hits: await bundle.search(run.text) })));
    // Long result lists (a first letter on a big site) arrive in one task; ranking them gets a task of its own.
    await nextTask();
    const ranked = rankHits(results, checked.ideas.filter((i) => i.forms.length > 0).length);
    await nextTask();
    const hitOf = (r: RankedHit) => results[r.bestRun].hits.find((h) => h.id === r.id)!;

    const load = async (slice: readonly RankedHit[]): Promise<FoundSection[]> => {
      const loaded = await Promise.all(
        slice.map(async (r) => {
          const d = await hitOf(r).data();
          if (!excerptMatches(d.excerpt, results[r.bestRun].terms, stem)) return undefined;
          const heading = d.meta.title ?? '';
          const page = d.meta.page ?? '';
          const context = (d.meta.context ?? '').split(' › ');
          const excerpt = withoutHeadings(d.excerpt, heading, context);
          const href = landingUrl(d.url, excerpt, [heading, ...context, page], stopWords);
          // A heading, or a reader question the section answers, that asks what the reader asked lifts it.
          const asked = Math.max(
            headingShare(parsed.words, heading.split(/\s+/).map(matchKey)),
            ...(d.meta.questions ?? '')
              .split(' · ')
              .map((q) => headingShare(parsed.words, q.split(/\s+/).map(matchKey))),
          );
          const section: FoundSection = {
            url: d.url,
            href,
            heading,
            page,
            excerpt,
            score: r.score * (1 + HEADING_BONUS * asked),
          };
          const answers = matchingQuestion(d.meta.questions, parsed.words, excerpt, heading);
          if (answers) section.answers = answers;
          return section;
        }),
      );
      return loaded.filter((s): s is FoundSection => s !== undefined);
    };

    const outcome = (sections: FoundSection[], all: boolean): SearchOutcome => {
      const shown = [...sections];
      for (const pin of pinned) {
        const same = shown.find((s) => decodeURI(s.url) === decodeURI(pin.url));
        if (same) same.cite = pin.cite;
        else shown.push(pin);
      }
      const groups = groupByPage(shown);
      const count = groups.reduce((n, g) => n + g.sections.length, 0);
      const extra = shown.length - sections.length;
      const total = all ? count : Math.max(count, ranked.length + extra);
      const result: SearchOutcome = { ...base, corrected, groups, total, shown: count };
      if (total === 0) {
        result.uncovered = findUncovered(query, data.uncovered, stem);
        result.topics = closestTopics(query, data.topics, stem, stopWords);
      }
      if (!all && ranked.length > PAGE_SIZE)
        result.more = async () => outcome([...sections, ...(await load(ranked.slice(sections.length)))], true);
      return result;
    };
    const first = await load(ranked.slice(0, FIRST));
    if (ranked.length <= FIRST) return outcome(first, true);
    const shown = outcome(first, false);
    shown.next = load(ranked.slice(FIRST, PAGE_SIZE)).then((rest) =>
      outcome([...first, ...rest], ranked.length <= PAGE_SIZE),
    );
    // The first results are shown even if the rest fails to load; the page then keeps them.
    shown.next.catch(() => undefined);
    return shown;
  }

  /**
   * Checks each plain word of the query against the index's words: found (as a word, the start of
   * one, or by its stem), corrected, or missing. Corrections are left out when the query has a stop
   * word of another language that this one does not have ("mis datos"): its words are then that
   * language's, not slips for this one's.
   */
  private async checkIdeas(
    language: Language,
    ideas: readonly Idea[],
    typing: boolean,
  ): Promise<{ ideas: Idea[]; missing: string[]; corrections: Map<string, string> }> {
    const { data, stem, stopWords } = language;
    const lists = await Promise.all(
      ideas.map((idea) => (idea.kind === 'alias' ? undefined : this.list(language, idea.forms[0]))),
    );
    // Only the word still being typed may be the start of a longer word ("immig"): a finished word
    // must be on the site as it is or by its stem, so "mis" does not match "mistakes".
    const found = (i: number) => {
      const how = presence(ideas[i].typed, lists[i], stem);
      return how === 'start' ? typing && i === ideas.length - 1 : how !== undefined;
    };
    const foreign = new Set((data.foreignStopWords ?? []).map(matchKey));
    const otherLanguage = ideas.some((idea, i) => foreign.has(matchKey(idea.typed)) && !found(i));
    const missing: string[] = [];
    const corrections = new Map<string, string>();
    const out = ideas.map((idea, i): Idea => {
      if (idea.kind === 'alias') {
        if (idea.forms.length === 0) missing.push(idea.typed);
        return idea;
      }
      if (found(i)) return idea;
      if (idea.kind === 'citation') return { ...idea, forms: [] };
      const fixed = otherLanguage ? undefined : correction(idea.typed, lists[i], stopWords);
      if (fixed) {
        corrections.set(idea.typed, fixed);
        return { ...idea, forms: [fixed] };
      }
      missing.push(idea.typed);
      return { ...idea, forms: [] };
    });
    return { ideas: out, missing, corrections };
  }
}

/** `outcome` marked as coming from another language than the page's, and so is what it loads next. */
function asFallback(outcome: SearchOutcome): SearchOutcome {
  const more = outcome.more;
  return {
    ...outcome,
    fallback: true,
    next: outcome.next?.then(asFallback),
    more: more && (async () => asFallback(await more())),
  };
}

/** Lets the browser handle input and paint before the engine goes on, so typing never waits for it. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `stem` with its answers kept: the same words are stemmed again and again while a reader types. */
function remembered(stem: Stemmer): Stemmer {
  const seen = new Map<string, string>();
  return (word) => {
    let stemmed = seen.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      seen.set(word, stemmed);
    }
    return stemmed;
  };
}

/** `query` with each corrected word replaced. */
export function correctQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return query
    .split(/(\s+)/)
    .map((token) => corrections.get(token) ?? token)
    .join('');
}

/**
 * The reader question (of a section's `questions` metadata) that shares the most of the query's
 * words, when the match was on it: the excerpt marks none of them and the heading has fewer. The
 * result then says which question it answers.
 */
function matchingQuestion(
  questions: string | undefined,
  words: readonly string[],
  excerpt: string,
  heading: string,
): string | undefined {
  if (!questions || excerpt.includes('<mark>')) return undefined;
  let best: string | undefined;
  let bestShare = headingShare(words, heading.split(/\s+/).map(matchKey));
  for (const q of questions.split(' · ')) {
    const share = headingShare(words, q.split(/\s+/).map(matchKey));
    if (share > bestShare) {
      best = q;
      bestShare = share;
    }
  }
  return best;
}
