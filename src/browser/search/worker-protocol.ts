import type { LanguageFiles, SearchOutcome } from './engine.ts';

/**
 * The messages between the search page and its search worker (search-worker.ts), and the worker's
 * side of them. The worker runs Pagefind and the engine: a query that matches thousands of sections is
 * searched, ranked and cut to the few shown there, so the page only ever receives what it shows.
 */

/** An outcome as it crosses to the page: its data, and whether more, or the rest of the first screen, follow. */
export type OutcomeData = Omit<SearchOutcome, 'more' | 'next'> & {
  /** "Show all" can load more: ask with `more` and this outcome's `key`. */
  more: boolean;
  /** The rest of the first screen follows in a reply with part "next". */
  next: boolean;
};

/** What the page sends. */
export type ToWorker =
  /** Opens the page language's index (and starts loading it): sent once, first. */
  | { kind: 'open'; files: LanguageFiles }
  | { kind: 'search'; id: number; query: string }
  /** Every matching section of the outcome sent under `key` ("show all"). */
  | { kind: 'more'; id: number; key: string };

/** What the worker sends back for request `id`: its outcome (part "first"), then the rest of its first screen. */
export type FromWorker =
  | { id: number; part: 'first' | 'next'; key: string; outcome: OutcomeData }
  | { id: number; part: 'first' | 'next'; error: string };

/** What the worker needs of the engine. */
export interface Searcher {
  warm(): Promise<unknown>;
  search(query: string): Promise<SearchOutcome>;
}

/**
 * "Show all" stays possible for this many of the latest outcomes; older ones let go of their hits. The page
 * asks only for its latest query's, so a few are plenty.
 */
export const KEPT_OUTCOMES = 8;

/** `outcome` without its functions and promises, as structured cloning can carry it. */
export function outcomeData(outcome: SearchOutcome): OutcomeData {
  const { more, next, ...data } = outcome;
  return { ...data, more: more !== undefined, next: next !== undefined };
}

/**
 * The worker's message handler: opens the engine with `open` on the first message, answers each search
 * with its outcome and then the rest of its first screen, and keeps each outcome's "show all" so the page
 * can ask for it by key. Replies go through `post`, in the order they are ready.
 */
export function searchWorkerHandler(
  open: (files: LanguageFiles) => Searcher,
  post: (message: FromWorker) => void,
): (message: ToWorker) => void {
  let engine: Searcher | undefined;
  const mores = new Map<string, () => Promise<SearchOutcome>>();
  let sent = 0;

  const send = (id: number, part: 'first' | 'next', outcome: SearchOutcome) => {
    const key = String((sent += 1));
    if (outcome.more) {
      mores.set(key, outcome.more);
      if (mores.size > KEPT_OUTCOMES) mores.delete(mores.keys().next().value!);
    }
    post({ id, part, key, outcome: outcomeData(outcome) });
  };

  const answer = async (id: number, found: () => Promise<SearchOutcome>) => {
    let outcome: SearchOutcome;
    try {
      outcome = await found();
    } catch (error) {
      post({ id, part: 'first', error: String(error) });
      return;
    }
    send(id, 'first', outcome);
    if (!outcome.next) return;
    try {
      send(id, 'next', await outcome.next);
    } catch (error) {
      post({ id, part: 'next', error: String(error) });
    }
  };

  return (message) => {
    if (message.kind === 'open') {
      engine ??= open(message.files);
      void engine.warm().catch(() => undefined);
    } else if (message.kind === 'search') {
      void answer(message.id, () => {
        if (!engine) throw new Error('The search worker was not opened');
        return engine.search(message.query);
      });
    } else {
      const more = mores.get(message.key);
      void answer(message.id, () => {
        if (!more) throw new Error(`No outcome ${message.key} to show all of`);
        return more();
      });
    }
  };
}
