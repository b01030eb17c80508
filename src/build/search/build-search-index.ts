import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages, pageFile } from '../built-pages.ts';
import { languages, isLang, defaultLang } from '../../site.ts';
import type { Problem } from '../../content/problem.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { StatuteSection } from '../../schemas/statute.ts';
import { pageSections, type SearchablePage } from './page-sections.ts';
import { sectionRecord } from './section-record.ts';
import { parseWholeCitation, type SearchContent } from '../../content/read-search-content.ts';
import { homePath, referencePath, searchBundlePath, searchDataPath, searchPath, searchWordsPath } from '../../paths.ts';
import { matchKey } from '../../browser/search/query-plan.ts';
import type { CitationTable, CitationTarget } from '../../browser/search/citation-targets.ts';
import type { SearchData } from '../../browser/search/search-data.ts';

/** What the index needs besides the built pages: the search vocabulary, the glossary terms (as aliases), the statute (citation targets). */
export interface SearchIndexInputs {
  content: SearchContent;
  glossary: readonly GlossaryTerm[];
  statute: readonly StatuteSection[];
}

/** A built page read for the index, with every id on it (for checking citation targets). */
interface BuiltPage extends SearchablePage {
  url: string;
  ids: Set<string>;
}

/** What the build indexed, for the log and the tests. */
export interface SearchIndexReport {
  /** Per language: pages and sections indexed. */
  indexes: { lang: string; pages: number; sections: number }[];
  /** Content problems found while indexing (bad citation targets); the build stops on any. */
  problems: Problem[];
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
 * section-record.ts), and beside each a `search-data.json` with the language's aliases, stop words and
 * citation targets. Left out: home pages and search pages, which list links rather than answer
 * anything, and the sources page, a list of citations, left out for the same reason as the footnotes.
 */
export async function buildSearchIndex(dist: string, inputs: SearchIndexInputs): Promise<SearchIndexReport> {
  const { content } = inputs;
  const problems: Problem[] = [...content.problems];
  const skip = new Set(
    Object.keys(languages).flatMap((lang) =>
      isLang(lang) ? [homePath(lang), searchPath(lang), referencePath(lang, 'sources')] : [],
    ),
  );

  const byLang = new Map<string, BuiltPage[]>();
  for (const url of builtPages(dist)) {
    if (skip.has(url)) continue;
    const html = readFileSync(pageFile(url, dist), 'utf8');
    const page = pageSections(html);
    if (!page || page.sections.length === 0) continue;
    const lang = isLang(page.lang) ? page.lang : defaultLang;
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    byLang.set(lang, [...(byLang.get(lang) ?? []), { ...page, url, ids }]);
  }

  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const report: SearchIndexReport = { indexes: [], problems };
  try {
    for (const [lang, pages] of byLang) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      let sections = 0;
      for (const page of pages) {
        for (const section of page.sections) {
          const record = sectionRecord(page.url, page, section);
          const added = await index.addHTMLFile({ url: record.url, content: record.html });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
          sections += 1;
        }
      }
      const outputPath = join(dist, searchBundlePath(lang));
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
      pruneBundle(outputPath);
      report.indexes.push({ lang, pages: pages.length, sections });
    }
  } finally {
    await pagefind.close();
  }

  const allPages = new Map([...byLang.values()].flat().map((p) => [p.url, p]));
  for (const lang of byLang.keys()) {
    const data = searchData(lang, [...byLang.keys()], inputs, allPages, problems);
    mkdirSync(join(dist, searchBundlePath(lang)), { recursive: true });
    writeFileSync(join(dist, searchDataPath(lang)), JSON.stringify(data));
    writeFileSync(join(dist, searchWordsPath(lang)), JSON.stringify(indexedWords(byLang.get(lang) ?? [])));
  }
  return report;
}

/** A language's search data: its aliases (with the glossary's), stop words and citation targets. */
function searchData(
  lang: string,
  indexed: string[],
  inputs: SearchIndexInputs,
  pages: Map<string, BuiltPage>,
  problems: Problem[],
): SearchData {
  const { content } = inputs;
  const key = lang as keyof typeof languages;
  const glossary = lang === defaultLang ? inputs.glossary : [];
  const aliases = [
    ...(content.aliases.data?.[key] ?? []),
    ...glossary.filter((term) => term.also.length > 0).map((term) => [term.term, ...term.also]),
  ];
  return {
    lang,
    label: isLang(lang) ? languages[lang].label : lang,
    bundle: searchBundlePath(lang),
    words: searchWordsPath(lang),
    aliases,
    stopWords: content.stopWords.data?.[key] ?? [],
    citations: citationTable(lang, inputs, pages, problems),
    others: indexed
      .filter((other) => other !== lang)
      .map((other) => ({ lang: other, data: searchDataPath(other), bundle: searchBundlePath(other) })),
  };
}

/**
 * Removes what Pagefind writes for its own UIs and its Web Worker: the search page has its own UI
 * and runs Pagefind's JavaScript API on the main thread, so these ~450 KB would only be deployed.
 */
function pruneBundle(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\./.test(name)) rmSync(join(dir, name));
  }
}

/** Every word of four letters or more in the indexed sections, as queries compare them, most frequent first. */
function indexedWords(pages: readonly BuiltPage[]): string[] {
  const counts = new Map<string, number>();
  for (const section of pages.flatMap((p) => p.sections)) {
    for (const text of [section.heading, ...section.blocks]) {
      for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
        const key = matchKey(word);
        if (key.length >= 4) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * Citation targets for one language: every anchor of the annotated statute page that the build made,
 * then the fallbacks of content/search/citations.yaml, each checked against the built pages.
 */
function citationTable(
  lang: string,
  inputs: SearchIndexInputs,
  pages: Map<string, BuiltPage>,
  problems: Problem[],
): CitationTable {
  const { content } = inputs;
  const targets: CitationTarget[] = [];
  const statutePage = isLang(lang) ? pages.get(referencePath(lang, 'statute')) : undefined;
  if (statutePage) {
    const add = (cite: string, id: string, heading: string) => {
      const parsed = parseWholeCitation(cite);
      if (parsed && statutePage.ids.has(id)) {
        targets.push({
          cite: parsed,
          url: `${statutePage.url}#${id}`,
          heading,
          page: statutePage.title,
          from: 'statute',
        });
      }
    };
    for (const section of inputs.statute) {
      add(`§ ${section.number}`, section.id, section.title);
      for (const provision of section.provisions) {
        add(provision.cite, provision.id, provision.heading);
        for (const part of provision.parts) add(part.cite, part.id, part.heading);
      }
    }
  }
  const file = content.citations;
  file.data?.targets.forEach((entry, i) => {
    const url = entry.targets[lang as keyof typeof languages];
    const cite = parseWholeCitation(entry.cite);
    if (!url || !cite) return;
    const [path, id] = url.split('#');
    const page = pages.get(path);
    const heading = page?.sections.find((s) => s.id === id)?.heading;
    if (!page || (id !== undefined && !page.ids.has(id))) {
      problems.push({
        file: file.file,
        where: file.where(['targets', i, 'targets', lang]),
        message: `links ${url}, which the build did not make`,
      });
      return;
    }
    targets.push({ cite, url, heading: heading ?? page.title, page: page.title, from: 'article' });
  });
  return { defaultSection: file.data?.defaultSection ?? '6103', targets };
}
