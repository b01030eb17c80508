import { matchKey, planQuery } from './query-plan.ts';
import { formatCitation } from './citation.ts';
import { landingUrl } from './landing-url.ts';
import { withoutHeadings } from './excerpt.ts';
import { correctWord, vocabulary, type Vocabulary } from './spelling.ts';
import { groupByPage, headingShare, rankHits, HEADING_BONUS, type FoundSection, type PageGroup } from './rank.ts';
import type { SearchData } from './search-data.ts';

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
}

/** How the engine reaches the network, so it can run against stubs in tests. */
export interface SearchIO {
  /** Fetches a language's search-data.json. */
  loadData(url: string): Promise<SearchData>;
  /** Fetches a language's list of indexed words, most frequent first. */
  loadWords(url: string): Promise<string[]>;
  /** Opens the Pagefind bundle at a path such as "/pagefind/en/". */
  openBundle(path: string): Promise<SearchBundle>;
}

/** What a query found, ready to show. */
export interface SearchOutcome {
  query: string;
  /** The query with misspelled words corrected, when any were. */
  corrected?: string;
  /** The language the results are in. */
  lang: string;
  /** That language's name in itself ("Español"). */
  label: string;
  /** True when the page's language found nothing and these results come from another language. */
  fallback: boolean;
  /** Pages with their matching sections, best first; a typed citation's target comes first. */
  groups: PageGroup[];
  /** Number of sections shown. */
  total: number;
  /**
   * Set when the word list for spelling was not loaded yet: resolves to true once it is, if it
   * corrects a word of this query (search again to get the corrected results).
   */
  refine?: Promise<boolean>;
}

/** Where a language's files are. */
export interface LanguageFiles {
  /** Its search-data.json. */
  data: string;
  /** Its Pagefind bundle, when known up front (then it opens while the data loads). */
  bundle?: string;
}

/** Sections whose text is loaded for one query: enough for the first screen of results. */
const SHOWN = 6;

interface Language {
  data: SearchData;
  bundle: SearchBundle;
  /** The word list, once asked for; `words` is set when it has arrived. */
  wordsLoading?: Promise<Vocabulary>;
  words?: Vocabulary;
}

/**
 * Runs readers' queries: corrects misspelled words (spelling.ts), plans the Pagefind searches
 * (query-plan.ts), adds up their scores (rank.ts), loads the text of the best sections, lifts those
 * whose heading asks the reader's question, and groups them by page. When the page's language finds
 * nothing, it tries the other languages' indexes and says so.
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
      if (elsewhere.total > 0) return { ...elsewhere, fallback: true };
    }
    return found;
  }

  private language(files: LanguageFiles): Promise<Language> {
    let loading = this.languages.get(files.data);
    if (!loading) {
      const bundle = files.bundle ? this.io.openBundle(files.bundle) : undefined;
      loading = this.io
        .loadData(files.data)
        .then(async (data) => ({ data, bundle: await (bundle ?? this.io.openBundle(data.bundle)) }));
      // A failed load (offline) is retried on the next query rather than remembered.
      loading.catch(() => this.languages.delete(files.data));
      this.languages.set(files.data, loading);
    }
    return loading;
  }

  private async searchIn(language: Language, query: string): Promise<SearchOutcome> {
    const { data, bundle } = language;
    let plan = planQuery(query, data);
    let corrected: string | undefined;
    let refine: Promise<boolean> | undefined;
    if (language.words) {
      const fixed = correctQuery(query, language.words);
      if (fixed !== query) {
        corrected = fixed;
        plan = planQuery(fixed, data);
      }
    } else if (plan.words.some((w) => /^\p{L}{4,}$/u.test(w))) {
      // The word list is only fetched once a query might need it, after the first results.
      refine = this.words(language).then(
        (words) => correctQuery(query, words) !== query,
        () => false,
      );
    }

    const stopWords = new Set(data.stopWords.map(matchKey));
    const runs = await Promise.all(
      plan.runs.map(async (run) => ({ weight: run.weight, hits: await bundle.search(run.text) })),
    );
    const ranked = rankHits(runs).slice(0, SHOWN);
    const sections: FoundSection[] = await Promise.all(
      ranked.map(async (r) => {
        const hit = runs[r.bestRun].hits.find((h) => h.id === r.id);
        const d = await hit!.data();
        const heading = d.meta.title ?? '';
        const page = d.meta.page ?? '';
        const context = (d.meta.context ?? '').split(' › ');
        const excerpt = withoutHeadings(d.excerpt, heading, context);
        const href = landingUrl(d.url, excerpt, [heading, ...context, page], stopWords);
        const bonus = 1 + HEADING_BONUS * headingShare(plan.words, heading.split(/\s+/).map(matchKey));
        return { url: d.url, href, heading, page, excerpt, score: r.score * bonus };
      }),
    );
    if (plan.citation) {
      const { target } = plan.citation;
      const cite = formatCitation(plan.citation.citation);
      const same = sections.find((s) => decodeURI(s.url) === decodeURI(target.url));
      if (same) same.cite = cite;
      else
        sections.push({
          url: target.url,
          href: target.url,
          heading: target.heading,
          page: target.page,
          excerpt: '',
          score: 0,
          cite,
        });
    }
    const groups = groupByPage(sections);
    const total = groups.reduce((n, g) => n + g.sections.length, 0);
    return { query, corrected, lang: data.lang, label: data.label, fallback: false, groups, total, refine };
  }

  private words(language: Language): Promise<Vocabulary> {
    if (!language.wordsLoading) {
      // The aliases' and stop words' words are known too: "leaking" is a reader's word, not a slip for "leaving".
      const extra = [...language.data.aliases.flat(), ...language.data.stopWords].flatMap((form) =>
        form.split(/\s+/).map(matchKey),
      );
      language.wordsLoading = this.io
        .loadWords(language.data.words)
        .then((list) => (language.words = vocabulary([...list, ...extra])));
      language.wordsLoading.catch(() => (language.wordsLoading = undefined));
    }
    return language.wordsLoading;
  }
}

/** `query` with each misspelled word replaced by the word the index has. */
export function correctQuery(query: string, words: Vocabulary): string {
  return query
    .split(/(\s+)/)
    .map((token) => correctWord(matchKey(token), words) ?? token)
    .join('');
}
