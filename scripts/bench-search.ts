// Search figures for `npm run bench` (or alone: `node scripts/bench-search.ts` after a build).
// It measures; it does not pass or fail. Targets, on loopback in headless Chromium: first keystroke →
// first result ≤ 250 ms cold, ≤ 60 ms per later query, ≤ 100 KiB downloaded before the first result.
import { pathToFileURL } from 'node:url';
import { serveSite } from './lib/site-server.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './lib/chromium.ts';

const RUNS = 7;
const FIRST_KEYS = ['c', 'i', 'n', '6'];
const TYPED = ['can ICE see my taxes', 'Nixon enemies list', '6103(i)(2)', 'imigration lawer'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n: number) => (n / 1024).toFixed(1);

/** Records every finished request of a context with its size (body and headers, as transferred). */
function recordRequests(context: BrowserContext) {
  const log: { path: string; bytes: number; at: number }[] = [];
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    log.push({
      path: new URL(request.url()).pathname,
      bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
      at: Date.now(),
    });
  });
  return log;
}

/** Starts timing in the page: the first keydown in the field, and when the first result appears. */
async function armTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { keyAt?: number; shownAt?: number };
    document
      .querySelector('#tp-search-q')
      ?.addEventListener('keydown', () => (w.keyAt ??= performance.now()), { capture: true });
    new MutationObserver(() => {
      if (!w.shownAt && document.querySelector('.tp-results a')) w.shownAt = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Cold: a fresh browser context, the search page open, one key typed; ms to the first result, and bytes. */
async function coldRun(browser: Browser, base: string, key: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const log = recordRequests(context);
  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  const pageBytes = log.reduce((n, r) => n + r.bytes, 0);
  const htmlBytes = log.filter((r) => r.path === '/search/').reduce((n, r) => n + r.bytes, 0);
  await armTimer(page);
  const before = log.length;
  await page.focus('#tp-search-q');
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt);
  const shownWall = Date.now();
  const { keyAt, shownAt } = await page.evaluate(() => {
    const w = window as unknown as { keyAt: number; shownAt: number };
    return { keyAt: w.keyAt, shownAt: w.shownAt };
  });
  await page.waitForTimeout(300);
  // Requests that finished by the time the first result showed.
  const search = log.slice(before).filter((r) => r.at <= shownWall);
  await context.close();
  return {
    ms: shownAt - keyAt,
    searchBytes: search.reduce((n, r) => n + r.bytes, 0),
    scriptBytes: pageBytes - htmlBytes,
    htmlBytes,
    requests: search.length,
  };
}

/** Later queries: with the index loaded, each keystroke of a query; ms from the key to the redrawn results. */
async function laterRuns(browser: Browser, base: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${base}/search/?q=tax`);
  await page.waitForSelector('.tp-results a');
  await page.waitForTimeout(300);
  const times: number[] = [];
  for (const query of TYPED) {
    for (let i = 1; i <= query.length; i += 1) {
      const ms = await page.evaluate(
        async (text) => {
          const input = document.querySelector<HTMLInputElement>('#tp-search-q')!;
          const results = document.querySelector('#tp-search-results')!;
          return new Promise<number>((resolve) => {
            const start = performance.now();
            const done = () => {
              if (results.getAttribute('aria-busy') === 'true') return;
              observer.disconnect();
              resolve(performance.now() - start);
            };
            const observer = new MutationObserver(done);
            observer.observe(results, { childList: true, subtree: true, attributes: true });
            input.value = text;
            input.dispatchEvent(new Event('input'));
          });
        },
        query.slice(0, i),
      );
      if (query[i - 1] !== ' ') times.push(ms);
    }
  }
  await context.close();
  return times;
}

/** Prints the search section of the benchmark against the site at `base`. */
export async function benchSearch(base: string, browser: Browser): Promise<void> {
  const cold = [];
  for (let run = 0; run < RUNS; run += 1) cold.push(await coldRun(browser, base, FIRST_KEYS[run % FIRST_KEYS.length]));
  const later = await laterRuns(browser, base);
  const first = cold[0];
  console.log('\nSearch (headless Chromium, loopback; figures, not tests):\n');
  console.log(
    `  first keystroke → first result, cold:  median ${median(cold.map((c) => c.ms)).toFixed(0)} ms, max ${Math.max(...cold.map((c) => c.ms)).toFixed(0)} ms (${RUNS} fresh contexts, first keys ${FIRST_KEYS.join(' ')}; target ≤ 250 ms)`,
  );
  console.log(
    `  each later keystroke → results:        median ${median(later).toFixed(0)} ms, max ${Math.max(...later).toFixed(0)} ms (${later.length} keystrokes typing ${TYPED.map((q) => `“${q}”`).join(', ')}; target ≤ 60 ms)`,
  );
  console.log(
    `  downloaded before the first result:    ${kib(median(cold.map((c) => c.searchBytes)) + first.scriptBytes)} KiB = search page script ${kib(first.scriptBytes)} + index, Pagefind and data after focus ${kib(median(cold.map((c) => c.searchBytes)))} (${first.requests} requests; headers included; target ≤ 100 KiB)`,
  );
  console.log(
    `  the search page's HTML itself:         ${kib(first.htmlBytes)} KiB (with its A–Z topic list); with it, ${kib(median(cold.map((c) => c.searchBytes)) + first.scriptBytes + first.htmlBytes)} KiB`,
  );
}

/** Serves the built site (dist/) on loopback and prints the search figures. */
export async function runSearchBench(port = 4398): Promise<void> {
  const server = await serveSite({ root: 'dist', port });
  const browser = await launchBrowser();
  try {
    await benchSearch(server.url, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runSearchBench();
