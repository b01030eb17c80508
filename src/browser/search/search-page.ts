import { SearchEngine, type SearchOutcome } from './engine.ts';
import { browserIO } from './pagefind-io.ts';
import { countMessage, fill, renderResults, type SearchStrings } from './render.ts';
import { handleResultKeys } from './keyboard.ts';

/** How long the count waits for typing to pause before it is announced, so it is not read per key. */
const ANNOUNCE_DELAY_MS = 400;

/**
 * The search page's script: results as the reader types, the query kept in ?q= so a search can be
 * shared, and the index loaded only when the field is focused or the page opens with a query.
 */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-data]');
  const input = document.querySelector<HTMLInputElement>('#tp-search-q');
  const results = document.querySelector<HTMLElement>('#tp-search-results');
  const status = document.querySelector<HTMLElement>('.tp-search-status');
  if (!root || !input || !results || !status) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const pageLang = document.documentElement.lang;
  const engine = new SearchEngine(
    { data: root.dataset.searchData ?? '', bundle: root.dataset.searchBundle },
    browserIO,
  );

  let latest = 0;
  let announce: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string, delay = 0) => {
    clearTimeout(announce);
    announce = setTimeout(() => (status.textContent = message), delay);
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    keepInUrl(query);
    if (query.trim() === '') {
      results.replaceChildren();
      results.removeAttribute('aria-busy');
      say('');
      return;
    }
    results.setAttribute('aria-busy', 'true');
    let outcome: SearchOutcome;
    try {
      outcome = await engine.search(query);
    } catch {
      if (ticket === latest) {
        results.removeAttribute('aria-busy');
        say(fill(strings, 'search.failed'));
      }
      return;
    }
    // A slower, older query must not overwrite the results of a newer one.
    if (ticket !== latest) return;
    renderResults(results, outcome, strings, pageLang);
    // Once the word list for spelling arrives, a query with a misspelled word runs again, corrected.
    if (outcome.refine && (await outcome.refine) && ticket === latest) return run(query);
    if (ticket !== latest) return;
    results.removeAttribute('aria-busy');
    say(countMessage(outcome, strings), ANNOUNCE_DELAY_MS);
  };

  const clear = () => {
    input.value = '';
    void run('');
  };

  input.addEventListener('focus', () => void engine.warm().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run(input.value));
  input.closest('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  handleResultKeys(input, results, clear);

  const query = new URLSearchParams(location.search).get('q') ?? '';
  if (query.trim() !== '') {
    input.value = query;
    say(fill(strings, 'search.loading'));
    void run(query);
  }
}

/** Puts the query in the address (?q=…) without adding a history entry per keystroke. */
function keepInUrl(query: string): void {
  const url = new URL(location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  history.replaceState(history.state, '', url);
}
