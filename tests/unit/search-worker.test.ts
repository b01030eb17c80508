import { describe, expect, test } from 'vitest';
import type { LanguageFiles, SearchOutcome } from '../../src/browser/search/engine.ts';
import type { FoundSection } from '../../src/browser/search/rank.ts';
import { WorkerSearch, type WorkerPort } from '../../src/browser/search/worker-client.ts';
import {
  KEPT_OUTCOMES,
  outcomeData,
  searchWorkerHandler,
  type FromWorker,
  type Searcher,
  type ToWorker,
} from '../../src/browser/search/worker-protocol.ts';

const files: LanguageFiles = { data: '/pagefind/en/search-data.json', bundle: '/pagefind/en/', lang: 'en' };

/** `n` sections of a pretend page, numbered from `from`. */
function sections(from: number, n: number): FoundSection[] {
  return Array.from({ length: n }, (_, i) => ({
    url: `/p/#s${from + i}`,
    href: `/p/#s${from + i}`,
    heading: `Section ${from + i}`,
    page: 'P',
    excerpt: `text <mark>${from + i}</mark>`,
    score: 100 - from - i,
  }));
}

function outcome(query: string, shown: FoundSection[], total: number): SearchOutcome {
  return {
    query,
    lang: 'en',
    label: 'English',
    fallback: false,
    groups: [{ url: '/p/', page: 'P', sections: shown }],
    total,
    shown: shown.length,
    missing: [],
    topics: [],
  };
}

/**
 * A pretend engine: every query matches 40 sections; it shows 3 at once, then the first 10 (`next`), and
 * all 40 on "show all". "broken" fails; "half" fails after its first part. It logs what it is asked.
 */
function engine(log: string[]): Searcher {
  return {
    warm: async () => log.push('warm'),
    async search(query) {
      log.push(`search:${query}`);
      if (query === 'broken') throw new Error('offline');
      const all = () => {
        log.push(`more:${query}`);
        return Promise.resolve(outcome(query, sections(0, 40), 40));
      };
      const first = outcome(query, sections(0, 3), 40);
      const rest = outcome(query, sections(0, 10), 40);
      rest.more = all;
      first.more = all;
      first.next = query === 'half' ? Promise.reject(new Error('lost')) : Promise.resolve(rest);
      first.next.catch(() => undefined);
      return first;
    },
  };
}

/** The page's client wired to the worker's handler as a Worker would be: each message cloned and delivered later. */
function connect(open: (files: LanguageFiles) => Searcher) {
  const onMessage: ((event: { data: FromWorker }) => void)[] = [];
  const onError: (() => void)[] = [];
  const toWorker: ToWorker[] = [];
  const handle = searchWorkerHandler(open, (message) => {
    const data = structuredClone(message);
    setTimeout(() => onMessage.forEach((l) => l({ data })));
  });
  const port = {
    postMessage(message: ToWorker) {
      toWorker.push(message);
      const data = structuredClone(message);
      setTimeout(() => handle(data));
    },
    addEventListener(type: 'message' | 'error', listener: (event: { data: FromWorker }) => void) {
      if (type === 'message') onMessage.push(listener);
      else onError.push(listener as () => void);
    },
  } as WorkerPort;
  return { port, toWorker, stop: () => onError.forEach((l) => l()) };
}

describe('the search worker’s messages', () => {
  test('an outcome crosses without its functions, saying whether more and the rest of the screen follow', () => {
    const first = outcome('tax', sections(0, 3), 40);
    first.more = async () => first;
    first.next = Promise.resolve(first);
    const data = outcomeData(first);
    expect(structuredClone(data)).toEqual({ ...outcome('tax', sections(0, 3), 40), more: true, next: true });
    expect(outcomeData(outcome('tax', sections(0, 3), 3))).toMatchObject({ more: false, next: false });
  });

  test('a search before the worker is opened is answered with an error, not left waiting', async () => {
    const replies: FromWorker[] = [];
    const handle = searchWorkerHandler(
      () => engine([]),
      (m) => replies.push(m),
    );
    handle({ kind: 'search', id: 1, query: 'tax' });
    await expect.poll(() => replies).toEqual([{ id: 1, part: 'first', error: expect.stringMatching(/not opened/) }]);
  });

  test('opening starts loading the index once, before any query', async () => {
    const log: string[] = [];
    const { port, toWorker } = connect(() => engine(log));
    new WorkerSearch(port, files, () => engine([]));
    expect(toWorker).toEqual([{ kind: 'open', files }]);
    await expect.poll(() => log).toEqual(['warm']);
  });
});

describe('searching through the worker', () => {
  test('gives the page what the engine found: the first results, then the rest of the screen, then all', async () => {
    const log: string[] = [];
    const { port } = connect(() => engine(log));
    const search = new WorkerSearch(port, files, () => engine([]));
    const first = await search.search('tax');
    expect(first.groups[0].sections).toEqual(sections(0, 3));
    expect(first.total).toBe(40);
    const rest = await first.next!;
    expect(rest.groups[0].sections).toEqual(sections(0, 10));
    expect(rest.next).toBeUndefined();
    const all = await rest.more!();
    expect(all.groups[0].sections).toEqual(sections(0, 40));
    expect(all.more).toBeUndefined();
    expect(log).toEqual(['warm', 'search:tax', 'more:tax']);
  });

  test('answers each query with its own results when several are in flight', async () => {
    const { port } = connect(() => engine([]));
    const search = new WorkerSearch(port, files, () => engine([]));
    const [a, b] = await Promise.all([search.search('a'), search.search('b')]);
    expect([a.query, b.query]).toEqual(['a', 'b']);
    expect([(await a.next!).query, (await b.next!).query]).toEqual(['a', 'b']);
  });

  test('a failed search rejects; a failed rest of the screen leaves the first results standing', async () => {
    const { port } = connect(() => engine([]));
    const search = new WorkerSearch(port, files, () => engine([]));
    await expect(search.search('broken')).rejects.toThrow('offline');
    const half = await search.search('half');
    expect(half.groups[0].sections).toHaveLength(3);
    await expect(half.next).rejects.toThrow('lost');
  });

  test(`"show all" stays available for the latest ${KEPT_OUTCOMES} outcomes, and is refused for older ones`, async () => {
    const { port } = connect(() => engine([]));
    const search = new WorkerSearch(port, files, () => engine([]));
    const oldest = await search.search('q0');
    // Each query sends two outcomes (first results, then the rest of the screen).
    for (let i = 1; i <= KEPT_OUTCOMES / 2; i += 1) await (await search.search(`q${i}`)).next;
    await expect(oldest.more!()).rejects.toThrow(/No outcome/);
    const latest = await search.search('latest');
    expect((await latest.more!()).shown).toBe(40);
  });

  test('when the worker stops after the first results, the rest of the screen and "show all" come from the page', async () => {
    const pageLog: string[] = [];
    const log: string[] = [];
    const { port, stop } = connect(() => {
      const inWorker = engine(log);
      // The worker sends the first results, then stops before the rest of the screen.
      return {
        warm: inWorker.warm,
        search: async (query) => ({ ...(await inWorker.search(query)), next: new Promise<never>(() => {}) }),
      };
    });
    const search = new WorkerSearch(port, files, () => engine(pageLog));
    const first = await search.search('tax');
    expect(first.groups[0].sections).toHaveLength(3);
    stop();
    const rest = await first.next!;
    expect(rest.groups[0].sections).toEqual(sections(0, 10));
    expect((await rest.more!()).shown).toBe(40);
    expect(pageLog).toEqual(['warm', 'search:tax', 'more:tax']);
  });

  test('when the worker cannot run, queries go to the engine on the page, the waiting ones too', async () => {
    const pageLog: string[] = [];
    const { port, stop } = connect(() => ({ warm: async () => 0, search: () => new Promise<never>(() => {}) }));
    const search = new WorkerSearch(port, files, () => engine(pageLog));
    const waiting = search.search('tax');
    await new Promise((r) => setTimeout(r, 5));
    stop();
    expect((await waiting).query).toBe('tax');
    expect((await search.search('itin')).total).toBe(40);
    expect(pageLog).toEqual(['warm', 'search:tax', 'search:itin']);
  });
});
