import type { LanguageFiles, SearchOutcome } from './engine.ts';
import { WorkerSearch, type WorkerPort } from './worker-client.ts';
import type { Searcher } from './worker-protocol.ts';
import { countMessage, fill, renderResults, type SearchStrings } from './render.ts';
import { handleResultKeys } from './keyboard.ts';
import { afterFirstPaint } from '../after-first-paint.ts';

/** How long the count waits for typing to pause before it is announced, so it is not read per key. */
const ANNOUNCE_DELAY_MS = 400;

/**
 * The search page's script: results as the reader types, the query kept in the address's fragment
 * (#q=…) so a search can be shared and bookmarked while the words stay on the reader's device: a
 * browser never sends the fragment to the host, nor in a Referer. The index starts loading once the first
 * screen is painted (a reader who opens the search page has come to search), in the search worker, so typing
 * rarely waits for it; a query typed or linked before then starts it at once. Results update in place: the
 * list is never emptied between keys, and an older query's results never replace a newer one's.
 */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-data]');
  const input = document.querySelector<HTMLInputElement>('#tp-search-q');
  const results = document.querySelector<HTMLElement>('#tp-search-results');
  const status = document.querySelector<HTMLElement>('.tp-search-status');
  if (!root || !input || !results || !status) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const pageLang = document.documentElement.lang;
  let opened: Searcher | undefined;
  const engine = (): Searcher => {
    if (opened) return opened;
    prefetch(JSON.parse(root.dataset.searchPrefetch ?? '[]') as string[]);
    opened = openSearch(
      { data: root.dataset.searchData ?? '', bundle: root.dataset.searchBundle, lang: pageLang },
      root.dataset.searchWorker,
    );
    return opened;
  };

  let latest = 0;
  let announce: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string, delay = 0) => {
    clearTimeout(announce);
    announce = setTimeout(() => (status.textContent = message), delay);
  };

  const show = (outcome: SearchOutcome, ticket: number) => {
    renderResults(results, outcome, strings, pageLang, () => void showAll(outcome, ticket));
  };

  const showAll = async (outcome: SearchOutcome, ticket: number) => {
    if (!outcome.more) return;
    const before = results.querySelectorAll('.tp-results a[href]').length;
    const all = await outcome.more();
    if (ticket !== latest) return;
    show(all, ticket);
    say(countMessage(all, strings, pageLang));
    // The reader asked for more: take them to the first one they had not seen.
    results.querySelectorAll<HTMLAnchorElement>('.tp-results a[href]')[before]?.focus();
  };

  // The address follows the query once typing pauses, not on every key.
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  const run = async (query: string) => {
    const ticket = ++latest;
    clearTimeout(addressTimer);
    addressTimer = setTimeout(() => keepInUrl(query), ANNOUNCE_DELAY_MS);
    if (query.trim() === '') {
      results.replaceChildren();
      results.removeAttribute('aria-busy');
      say('');
      return;
    }
    results.setAttribute('aria-busy', 'true');
    let outcome: SearchOutcome;
    try {
      outcome = await engine().search(query);
    } catch {
      if (ticket === latest) {
        results.removeAttribute('aria-busy');
        say(fill(strings, 'search.failed'));
      }
      return;
    }
    // A slower, older query must not overwrite the results of a newer one.
    if (ticket !== latest) return;
    show(outcome, ticket);
    // The first results are on screen; the rest of the first screen fills in below them.
    const full = await outcome.next?.catch(() => undefined);
    if (ticket !== latest) return;
    if (full) show(full, ticket);
    results.removeAttribute('aria-busy');
    say(countMessage(full ?? outcome, strings, pageLang), ANNOUNCE_DELAY_MS);
  };

  const clear = () => {
    input.value = '';
    void run('');
    keepInUrl('');
  };

  afterFirstPaint(
    () =>
      void engine()
        .warm()
        .catch(() => undefined),
  );
  input.addEventListener('input', () => void run(input.value));
  input.closest('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  handleResultKeys(input, results, clear);

  // Words typed before this script ran (on a slow line it can arrive late) come first, then a linked search.
  const typed = input.value;
  const query = typed.trim() !== '' ? typed : queryFromAddress(location.href, maxQueryLength(input));
  keepInUrl(query);
  if (query.trim() !== '') {
    input.value = query;
    say(fill(strings, 'search.loading'));
    void run(query);
  }
}

/**
 * The engine, in the search worker (search-worker.ts) so that the page's thread only receives the sections
 * it shows; on the page itself (with Pagefind in its own worker) where the worker cannot start.
 */
function openSearch(files: LanguageFiles, workerUrl: string | undefined): Searcher {
  // Loaded only then: a page whose worker runs never downloads the engine twice.
  const onPage = (): Searcher => {
    const engine = Promise.all([import('./engine.ts'), import('./pagefind-io.ts')]).then(
      ([{ SearchEngine }, { browserIO }]) => new SearchEngine(files, browserIO),
    );
    return {
      warm: async () => (await engine).warm(),
      search: async (query) => (await engine).search(query),
    };
  };
  if (!workerUrl) return onPage();
  try {
    const worker = new Worker(workerUrl, { type: 'module', name: 'search' });
    return new WorkerSearch(worker as unknown as WorkerPort, files, onPage);
  } catch {
    return onPage();
  }
}

/** Asks the browser for the search worker's files at once, so the worker finds them in the cache. */
function prefetch(urls: readonly string[]): void {
  for (const href of urls) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.append(link);
  }
}

/** The field's own limit (site.maxQueryLength, written into the page as its maxlength). */
function maxQueryLength(input: HTMLInputElement): number {
  return input.maxLength > 0 ? input.maxLength : 200;
}

/**
 * The query a search address carries: `#q=` (this page's own links), else `?q=` (the no-JavaScript
 * form on every page, and older links), cut to `max` characters.
 *   "/search/#q=ITIN" → "ITIN"; "/search/?q=la%20migra" → "la migra"
 */
export function queryFromAddress(href: string, max: number): string {
  const url = new URL(href);
  const fromHash = new URLSearchParams(url.hash.slice(1)).get('q');
  return (fromHash ?? url.searchParams.get('q') ?? '').slice(0, max);
}

/** Puts the query in the address's fragment (#q=…), never its query string, without a history entry per keystroke. */
function keepInUrl(query: string): void {
  const url = new URL(location.href);
  url.searchParams.delete('q');
  url.hash = query.trim() === '' ? '' : new URLSearchParams({ q: query }).toString();
  history.replaceState(history.state, '', url);
}
