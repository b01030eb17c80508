import type { BundleHit, SearchBundle, SearchIO } from './engine.ts';
import type { SearchData } from './search-data.ts';

/** The part of Pagefind's JavaScript API (pagefind.js) that the search page uses. */
interface PagefindModule {
  createInstance(options: Record<string, unknown>): { search(term: string): Promise<{ results: BundleHit[] } | null> };
}

let pagefindModule: Promise<PagefindModule> | undefined;

/**
 * The browser's side of the engine: fetches the search's JSON files and opens Pagefind bundles.
 *
 * Pagefind runs on the main thread (`noWorker`): the index is small, and its worker would be one more
 * 42 KB download before the first result. Every language's bundle ships the same pagefind.js, so the
 * first one loaded serves them all.
 */
export const browserIO: SearchIO = {
  loadData: (url) => fetchJson<SearchData>(url),
  loadWords: (url) => fetchJson<string[]>(url),
  async openBundle(path: string): Promise<SearchBundle> {
    if (!pagefindModule) {
      pagefindModule = import(/* @vite-ignore */ `${path}pagefind.js`) as Promise<PagefindModule>;
      pagefindModule.catch(() => (pagefindModule = undefined));
    }
    const instance = (await pagefindModule).createInstance({ basePath: path, noWorker: true, excerptLength: 30 });
    return {
      async search(text: string) {
        return (await instance.search(text))?.results ?? [];
      },
    };
  },
};

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}
