import type { BundleHit, SearchBundle, SearchIO } from './engine.ts';
import type { SearchData } from './search-data.ts';
import type { VocabularyFile } from './vocabulary.ts';
import { loadStemmer } from './words.ts';

/** The part of Pagefind's JavaScript API (pagefind.js) that the search page uses. */
interface PagefindModule {
  createInstance(options: Record<string, unknown>): {
    search(term: string): Promise<{ results: BundleHit[] } | null>;
    preload(term: string): Promise<void>;
    init(): Promise<void>;
  };
}

let pagefindModule: Promise<PagefindModule> | undefined;

/**
 * How Pagefind ranks (see section-record.ts for the record's parts). Headings count through their
 * text's weight, which the build scales by the kind of page; the page title and the headings above a
 * section are shown, not scored (every section of a page would otherwise match its title); a reader
 * question a section answers counts like a heading.
 */
export const ranking = {
  metaWeights: { title: 0, page: 0, context: 0, questions: 3 },
} as const;

/**
 * The browser's side of the engine: fetches the search's JSON files and opens Pagefind bundles.
 *
 * In the search worker (search-worker.ts), pagefind.js searches in that worker's thread; on a page it
 * starts its own Web Worker (pagefind-worker.js, beside pagefind.js). Either way loading and searching the
 * index never blocks typing. Every language's bundle ships the same pagefind.js, so the first one loaded
 * serves them all.
 */
export const browserIO: SearchIO = {
  loadData: (url) => fetchJson<SearchData>(url),
  loadList: (url) => fetchJson<VocabularyFile>(url),
  loadStemmer,
  async openBundle(path: string): Promise<SearchBundle> {
    if (!pagefindModule) {
      pagefindModule = import(/* @vite-ignore */ `${path}pagefind.js`) as Promise<PagefindModule>;
      pagefindModule.catch(() => (pagefindModule = undefined));
    }
    const instance = (await pagefindModule).createInstance({ basePath: path, excerptLength: 30, ranking });
    // Opening starts the worker loading the index's entry, metadata and WebAssembly.
    void instance.init().catch(() => undefined);
    return {
      async search(text: string) {
        return (await instance.search(text))?.results ?? [];
      },
      preload: (text: string) => instance.preload(text),
    };
  },
};

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}
