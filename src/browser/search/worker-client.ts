import type { LanguageFiles, SearchOutcome } from './engine.ts';
import type { FromWorker, OutcomeData, Searcher, ToWorker } from './worker-protocol.ts';

/** The part of a Worker the client uses, so it can run against the handler directly in tests. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}

interface Pending {
  /** What to ask the fallback engine if the worker breaks before it answers. */
  again: (engine: Searcher) => Promise<SearchOutcome>;
  resolve: (outcome: SearchOutcome) => void;
  reject: (error: Error) => void;
  /** Settles the outcome's `next`, once the first part has come. */
  next?: { resolve: (outcome: SearchOutcome) => void; reject: (error: Error) => void };
}

/**
 * The page's side of the search worker: the engine's `warm` and `search`, answered by the worker, with
 * each outcome's `next` and `more` working as the engine's do. If the worker cannot run (it failed to
 * load), every query, including those waiting, goes to `fallback` on the page instead.
 */
export class WorkerSearch implements Searcher {
  private readonly port: WorkerPort;
  private readonly fallback: () => Searcher;
  private readonly pending = new Map<number, Pending>();
  private lastId = 0;
  private broken?: Searcher;

  constructor(port: WorkerPort, files: LanguageFiles, fallback: () => Searcher) {
    this.port = port;
    this.fallback = fallback;
    port.addEventListener('message', (event) => this.receive(event.data));
    port.addEventListener('error', () => this.break());
    port.postMessage({ kind: 'open', files });
  }

  /** The index starts loading as soon as the worker opens; this waits for nothing more. */
  warm(): Promise<unknown> {
    return this.broken ? this.broken.warm() : Promise.resolve();
  }

  search(query: string): Promise<SearchOutcome> {
    return this.request(
      (id) => ({ kind: 'search', id, query }),
      (engine) => engine.search(query),
    );
  }

  private request(message: (id: number) => ToWorker, again: Pending['again']): Promise<SearchOutcome> {
    if (this.broken) return again(this.broken);
    const id = (this.lastId += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { again, resolve, reject });
      this.port.postMessage(message(id));
    });
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    const settle = message.part === 'first' ? pending : pending.next;
    if (!settle) return;
    if ('error' in message) {
      this.pending.delete(message.id);
      settle.reject(new Error(message.error));
      return;
    }
    const outcome = this.outcome(message.key, message.outcome);
    if (message.outcome.next) {
      outcome.next = new Promise((resolve, reject) => (pending.next = { resolve, reject }));
      // Like the engine's: the first results stay shown if the rest fails to load.
      outcome.next.catch(() => undefined);
    } else this.pending.delete(message.id);
    settle.resolve(outcome);
  }

  private outcome(key: string, data: OutcomeData): SearchOutcome {
    const { more, next: _next, ...outcome } = data;
    return more
      ? {
          ...outcome,
          more: () =>
            this.request(
              (id) => ({ kind: 'more', id, key }),
              async (engine) => (await engine.search(data.query)).more?.() ?? engine.search(data.query),
            ),
        }
      : outcome;
  }

  private break(): void {
    if (this.broken) return;
    const engine = (this.broken = this.fallback());
    void engine.warm().catch(() => undefined);
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      // The first results are shown; the rest of the screen (and "show all") now comes from the page's engine.
      if (pending.next) void restOf(pending.again(engine)).then(pending.next.resolve, pending.next.reject);
      else pending.again(engine).then(pending.resolve, pending.reject);
    }
  }
}

/** The whole first screen of an outcome: its rest when one follows, else the outcome itself. */
async function restOf(found: Promise<SearchOutcome>): Promise<SearchOutcome> {
  const outcome = await found;
  return outcome.next ?? outcome;
}
