import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages, pageFile } from '../built-pages.ts';
import { languages, isLang, defaultLang, type Lang } from '../../site.ts';
import { pageSections } from './page-sections.ts';
import { sectionRecord } from './section-record.ts';
import { vocabularyFiles } from './vocabulary.ts';
import {
  homePath,
  referencePath,
  searchBundlePath,
  searchDataPath,
  searchPath,
  searchSourcePath,
  searchVocabularyPath,
} from '../../paths.ts';
import { searchSourceSchema, type SearchSource } from '../../schemas/search.ts';
import { parseWholeCitation } from '../../legal-citation.ts';
import { loadStemmer, textKeys } from '../../browser/search/words.ts';
import type { CitationTable, CitationTarget } from '../../browser/search/citation-targets.ts';
import type { SearchData, TopicLink } from '../../browser/search/search-data.ts';

/** What the checks need to know of any built page. */
interface PageInfo {
  title: string;
  ids: Set<string>;
  /** Section headings by id. */
  headings: Map<string, string>;
}

/** What the build indexed, for the log and the tests. */
export interface SearchIndexReport {
  /** Per language: pages and sections indexed. */
  indexes: { lang: string; pages: number; sections: number }[];
  /** Problems with the search content, one line each ("file: field (line N): message"); the build stops on any. */
  problems: string[];
}

/**
 * Pagefind's index chunk size, in word positions. Smaller chunks mean a query downloads only the
 * index for its own words (about 3 KB each here instead of one 35 KB chunk), which keeps the first
 * result within its byte budget. The setting is marked unstable by Pagefind; if it disappears, search
 * still works with bigger downloads, which `npm run bench` would show.
 */
const INDEX_CHUNK_SIZE = '2000';

/**
 * Builds one Pagefind index per language from the built site in `dist`, one record per section (see
 * section-record.ts), and beside each the files the search page fetches: `search-data.json` (stop
 * words, aliases, citation targets, uncovered subjects, topics) and the word lists (`words/`).
 *
 * It reads only what the build wrote: the pages, and `search-source/<lang>.json` (the search content
 * as the `search` collection holds it; see src/pages/search-source/), whose links it checks against the
 * pages and which it then removes. `onPagesRead` is called once every page is read and only Pagefind's
 * writing is left (mostly in its own process, on one core). Left out of the index: home pages and search
 * pages, which list links rather than answer anything, and the sources page, a list of citations, left out
 * for the same reason as the footnotes.
 */
export async function buildSearchIndex(
  dist: string,
  onPagesRead: (news: 'pages read') => void = () => {},
): Promise<SearchIndexReport> {
  const problems: string[] = [];
  const sources = readSources(dist, problems);
  const skip = new Set(
    (Object.keys(languages) as Lang[]).flatMap((lang) => [
      homePath(lang),
      searchPath(lang),
      referencePath(lang, 'sources'),
    ]),
  );
  // Each section's reader questions, by its URL; that each URL is a section the build made is checked
  // once every page has been read.
  const questions = new Map(
    [...sources].map(([lang, source]) => [lang, new Map(source.questions.map((q) => [decodeURI(q.url), q.questions]))]),
  );

  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const report: SearchIndexReport = { indexes: [], problems };
  const indexes = new Map<string, LanguageIndex>();
  const allPages = new Map<string, PageInfo>();
  try {
    // Each page's records go to Pagefind as soon as the page is read: its process indexes them on the other
    // core while this thread reads the next page, instead of waiting for the whole site to be read first.
    for (const url of builtPages(dist)) {
      const html = readFileSync(pageFile(url, dist), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const page = pageSections(html);
      allPages.set(url, {
        title: page?.title ?? '',
        ids,
        headings: new Map(page?.sections.flatMap((s) => (s.id ? [[s.id, s.heading] as const] : [])) ?? []),
      });
      if (skip.has(url) || !page || page.sections.length === 0) continue;
      const lang = isLang(page.lang) ? page.lang : defaultLang;
      const target = indexes.get(lang) ?? (await openIndex(indexes, lang));
      const asked = questions.get(lang) ?? new Map<string, string[]>();
      target.pages += 1;
      for (const section of page.sections) {
        const said = section.id ? (asked.get(`${url}#${section.id}`) ?? []) : [];
        target.adding.push(add(target.index, sectionRecord(url, page, section, said)));
        target.texts.push(page.title, section.heading, ...section.context, ...section.blocks, ...said);
        target.sections += 1;
      }
      // Lets the records just made reach Pagefind's process, and its answers come back.
      await new Promise((resolve) => setImmediate(resolve));
    }

    onPagesRead('pages read');

    /** Checks that `url` is a page (and section) the build made; reports it at `at` when not. */
    const exists = (url: string, at: string): boolean => {
      const [path, id] = url.split('#');
      const page = allPages.get(path);
      if (page && (id === undefined || page.ids.has(decodeURIComponent(id)))) return true;
      problems.push(`${at}: links ${url}, which the build did not make`);
      return false;
    };
    for (const source of sources.values()) for (const q of source.questions) exists(q.url, q.at);

    // Every language's bundle is asked for at once, and the word lists are made on this thread while
    // Pagefind's process writes them (at 1,000 articles, its write is about 12 s of this step).
    const writing = new Map(
      [...indexes].map(([lang, { index, adding }]) => {
        const outputPath = join(dist, searchBundlePath(lang));
        const written = Promise.all(adding).then((answers) => {
          const failed = answers.filter((f) => f !== undefined);
          if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.join(', ')}`);
          return index.writeFiles({ outputPath });
        });
        // Awaited below, in order; until then a failure must not count as unhandled.
        written.catch(() => {});
        return [lang, { outputPath, written }];
      }),
    );
    for (const [lang, { texts, pages, sections }] of indexes) {
      const lists = vocabularyFiles(texts, await loadStemmer(lang));
      const { outputPath, written } = writing.get(lang)!;
      const { errors } = await written;
      if (errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${errors.join('; ')}`);
      pruneBundle(outputPath);
      const listDir = join(dist, searchVocabularyPath(lang));
      mkdirSync(listDir, { recursive: true });
      for (const [key, file] of lists) writeFileSync(join(listDir, `${key}.json`), JSON.stringify(file));
      report.indexes.push({ lang, pages, sections });
      const known = new Set([...lists.values()].flatMap((f) => f.words.split(' ')));
      const source = sources.get(lang);
      const data = searchData(lang, [...indexes.keys()], source, allPages, known, [...lists.keys()], exists);
      writeFileSync(join(dist, searchDataPath(lang)), JSON.stringify(data));
    }
  } finally {
    await pagefind.close();
  }
  rmSync(join(dist, searchSourcePath(defaultLang).replace(/\/[^/]+$/, '')), { recursive: true, force: true });
  return report;
}

/** One language's index while the pages are read: the records handed to Pagefind, and the text for its word lists. */
interface LanguageIndex {
  index: pagefind.PagefindIndex;
  /** One per record: Pagefind's answer, the record's URL and errors when it could not index it. */
  adding: Promise<string | undefined>[];
  texts: string[];
  pages: number;
  sections: number;
}

async function openIndex(indexes: Map<string, LanguageIndex>, lang: string): Promise<LanguageIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const opened: LanguageIndex = { index, adding: [], texts: [], pages: 0, sections: 0 };
  indexes.set(lang, opened);
  return opened;
}

/**
 * Hands one record to Pagefind; the caller does not wait for the answer before the next: each `addHTMLFile`
 * is a round trip to Pagefind's process, and one at a time the build spent most of this step waiting on
 * the pipe. Pagefind orders pages by URL when it writes, so the index is the same whatever order they arrive in.
 */
async function add(index: pagefind.PagefindIndex, record: { url: string; html: string }): Promise<string | undefined> {
  // Never rejects: the answer is awaited only once every page is read, and a rejection left waiting that
  // long would stop the process as unhandled.
  try {
    const added = await index.addHTMLFile({ url: record.url, content: record.html });
    return added.errors.length > 0 ? `${record.url}: ${added.errors.join('; ')}` : undefined;
  } catch (error) {
    return `${record.url}: ${(error as Error).message}`;
  }
}

/** The search source of every language the build wrote one for, checked against its schema. */
function readSources(dist: string, problems: string[]): Map<string, SearchSource> {
  const out = new Map<string, SearchSource>();
  for (const lang of Object.keys(languages)) {
    const file = join(dist, searchSourcePath(lang));
    if (!existsSync(file)) continue;
    const parsed = searchSourceSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) out.set(lang, parsed.data);
    else
      problems.push(
        `${searchSourcePath(lang)}: file: the build wrote search data of the wrong shape (${parsed.error.message})`,
      );
  }
  return out;
}

/** A language's search data: the search source with its links checked and named, and its citation targets. */
function searchData(
  lang: string,
  indexed: string[],
  source: SearchSource | undefined,
  pages: Map<string, PageInfo>,
  known: ReadonlySet<string>,
  lists: string[],
  exists: (url: string, at: string) => boolean,
): SearchData {
  /** The heading (or page title) a link opens, for showing it. */
  const named = (url: string, kind: TopicLink['kind'] = 'section'): TopicLink => {
    const [path, id] = url.split('#');
    const page = pages.get(path);
    const heading = id ? page?.headings.get(decodeURIComponent(id)) : undefined;
    return { label: heading ?? page?.title ?? url, url, kind };
  };
  const aliases = source?.aliases ?? [];
  return {
    lang,
    label: source?.label ?? (isLang(lang) ? languages[lang].label : lang),
    bundle: searchBundlePath(lang),
    vocabulary: searchVocabularyPath(lang),
    lists,
    aliases,
    // An alias form that no page has would make Pagefind match something shorter: it is read in queries, never searched.
    absent: [...new Set(aliases.flat())].filter((form) => textKeys(form).some((key) => !known.has(key))),
    stopWords: source?.stopWords ?? [],
    foreignStopWords: source?.foreignStopWords ?? [],
    citations: citationTable(source, pages, exists),
    uncovered: (source?.uncovered ?? []).map((u) => ({
      topic: u.topic,
      forms: u.forms,
      see: u.see.filter((s) => exists(s.url, s.at)).map((s) => named(s.url)),
    })),
    topics: (source?.topics ?? []).filter((t) => pages.has(t.url.split('#')[0])),
    others: indexed
      .filter((other) => other !== lang)
      .map((other) => ({ lang: other, data: searchDataPath(other), bundle: searchBundlePath(other) })),
  };
}

/**
 * Removes what Pagefind writes for its own UIs: the search page has its own. Pagefind's Web Worker
 * stays: searching runs there, off the main thread, so typing never waits for it.
 */
function pruneBundle(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^pagefind-(?:ui|component-ui|modular-ui|highlight)\./.test(name)) rmSync(join(dir, name));
  }
}

/**
 * Citation targets for one language: every anchor of the annotated statute page that the build made,
 * then the fallbacks of content/search/citations.yaml, each checked to lead to a section the build made.
 */
function citationTable(
  source: SearchSource | undefined,
  pages: Map<string, PageInfo>,
  exists: (url: string, at: string) => boolean,
): CitationTable {
  const targets: CitationTarget[] = [];
  if (!source) return { defaultSection: '6103', targets };
  const statutePage = pages.get(source.statute.url);
  if (statutePage) {
    for (const anchor of source.statute.anchors) {
      const parsed = parseWholeCitation(anchor.cite);
      if (parsed && statutePage.ids.has(anchor.id)) {
        targets.push({
          cite: parsed,
          url: `${source.statute.url}#${anchor.id}`,
          heading: anchor.heading,
          page: statutePage.title,
          from: 'statute',
        });
      }
    }
  }
  for (const entry of source.citations.targets) {
    const cite = parseWholeCitation(entry.cite);
    // The content check refused any citation it cannot read (src/schemas/search.ts).
    if (!cite) continue;
    if (!exists(entry.url, entry.at)) continue;
    const [path, id] = entry.url.split('#');
    const page = pages.get(path);
    const heading = id ? page?.headings.get(decodeURIComponent(id)) : undefined;
    targets.push({
      cite,
      url: entry.url,
      heading: heading ?? page?.title ?? '',
      page: page?.title ?? '',
      from: 'article',
    });
  }
  return { defaultSection: source.citations.defaultSection, targets };
}
