// Search figures for `npm run bench`; alone: `node scripts/bench-search.ts` after a build, and
// `node scripts/bench-search.ts --search-scale 2000` to add a scratch copy of the site with 2,000 synthetic
// articles (`--keep-scaled` keeps it and prints where; `--reuse-scaled DIR --scaled-only` re-measures only that
// copy after copying a fresh dist/ there). It measures; it does not pass or fail.
//
// Each figure is for this site's search page and, beside it, for Pagefind's own Default UI
// (pagefind-ui.js and .css as the pagefind package ships them) on a test page served from the same
// build, searching the same index. Two profiles: a desktop without throttling, and a phone (Chromium's
// CDP emulation: CPU 4× slower, 9 Mbit/s, 85 ms round trip). Targets for this site's page: first result
// within 1 s on the phone and 250 ms on the desktop, cold, from the first key; no main-thread task over
// 50 ms while typing; at 2,000 articles, at least as fast as the Default UI.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser/chromium.ts';
import { serveStatic } from './serve/static-server.ts';
import { makeScaledCopy } from './bench/synthetic-site.ts';

/** Fresh browser contexts per profile and UI (`--runs N`); the median is reported. */
const RUNS = numberArg(process.argv, '--runs') ?? 5;
/** The query typed: its first key is the one timed; the rest shows how typing feels. */
export const QUERY = 'nixon enemies';

export interface Profile {
  name: string;
  viewport: { width: number; height: number };
  cpu: number;
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

export const profiles: Profile[] = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, cpu: 1 },
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    cpu: 4,
    network: { latency: 85, downloadThroughput: 9_000_000 / 8, uploadThroughput: 9_000_000 / 8 },
  },
];

export interface SearchUI {
  name: string;
  path: string;
  /** The search field. */
  input: string;
  /** A result link: its first appearance is the first result. */
  result: string;
}

const DEFAULT_UI_PATH = '/bench/pagefind-default-ui/';
export const uis: SearchUI[] = [
  { name: 'this site', path: '/search/', input: '#tp-search-q', result: '.tp-results a[href]' },
  {
    name: 'Pagefind Default UI',
    path: DEFAULT_UI_PATH,
    input: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result-link',
  },
];

/** One measured visit. */
interface Visit {
  /** First key → first result link on screen. */
  ms: number;
  /** Bytes transferred from the start of the visit to the first result (headers included). */
  bytes: number;
  /** Longest main-thread task from the first key to the end of typing the query. */
  longestTask: number;
  /** The search page's own HTML, as transferred. */
  htmlBytes: number;
}

/** The Default UI's files, as the pagefind package writes them beside any index. */
export async function defaultUiFiles(): Promise<Map<string, { body: Buffer | string; type: string }>> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  await index.addHTMLFile({ url: '/x/', content: '<html lang="en"><body><main><h1>x</h1></main></body></html>' });
  const { files } = await index.getFiles();
  await pagefind.close();
  const file = (name: string) => files.find((f) => f.path === name)?.content;
  const js = file('pagefind-ui.js');
  const css = file('pagefind-ui.css');
  if (!js || !css) throw new Error('Pagefind did not write its Default UI');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind Default UI</title><link rel="stylesheet" href="/pagefind/en/pagefind-ui.css"><script src="/pagefind/en/pagefind-ui.js"></script></head><body><main><h1>Search</h1><div id="search"></div></main><script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', bundlePath: '/pagefind/en/', showImages: false }));</script></body></html>`;
  return new Map([
    ['/pagefind/en/pagefind-ui.js', { body: Buffer.from(js), type: '.js' }],
    ['/pagefind/en/pagefind-ui.css', { body: Buffer.from(css), type: '.css' }],
    [DEFAULT_UI_PATH, { body: page, type: '.html' }],
  ]);
}

/** Opens the UI's page in `context` under `profile`, types the query, and times it. */
async function visit(context: BrowserContext, base: string, ui: SearchUI, profile: Profile): Promise<Visit> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  const log: { path: string; bytes: number; at: number }[] = [];
  const onRequest = async (request: import('playwright-core').Request) => {
    const sizes = await request.sizes().catch(() => undefined);
    log.push({
      path: new URL(request.url()).pathname,
      bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
      at: Date.now(),
    });
  };
  context.on('requestfinished', onRequest);
  await page.addInitScript((selector: string) => {
    const w = window as unknown as { bench: { keyAt: number; shownAt: number; tasks: [number, number][] } };
    w.bench = { keyAt: 0, shownAt: 0, tasks: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.bench.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('keydown', () => (w.bench.keyAt ||= performance.now()), true);
    new MutationObserver(() => {
      if (!w.bench.shownAt && document.querySelector(selector)) w.bench.shownAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, ui.result);
  const started = Date.now();
  await page.goto(base + ui.path, { waitUntil: 'load' });
  await page.focus(ui.input);
  await page.keyboard.press(QUERY[0]);
  await page.waitForFunction(() => (window as unknown as { bench: { shownAt: number } }).bench.shownAt > 0, undefined, {
    timeout: 60_000,
  });
  const shownWall = Date.now();
  await page.keyboard.type(QUERY.slice(1));
  // Let the last key's results arrive, then read the timings.
  await page.waitForTimeout(1500);
  const bench = await page.evaluate(
    () => (window as unknown as { bench: { keyAt: number; shownAt: number; tasks: [number, number][] } }).bench,
  );
  context.off('requestfinished', onRequest);
  await page.close();
  const html = log.find((r) => r.path === ui.path);
  return {
    ms: bench.shownAt - bench.keyAt,
    bytes: log.filter((r) => r.at >= started && r.at <= shownWall).reduce((n, r) => n + r.bytes, 0),
    longestTask: Math.max(0, ...bench.tasks.filter(([start]) => start >= bench.keyAt).map(([, d]) => d)),
    htmlBytes: html?.bytes ?? 0,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** One row of the table: a site, a profile and a UI, over RUNS cold visits and their warm repeats. */
interface Row {
  site: string;
  profile: string;
  ui: string;
  cold: number[];
  warm: number[];
  longest: number[];
  bytes: number[];
  htmlBytes: number;
}

/** Measures both UIs under both profiles against the built site in `dist`. */
async function benchSite(browser: Browser, dist: string, site: string, port: number): Promise<Row[]> {
  const server = await serveStatic(dist, port, await defaultUiFiles());
  const rows: Row[] = [];
  try {
    for (const profile of profiles) {
      for (const ui of uis) {
        const row: Row = {
          site,
          profile: profile.name,
          ui: ui.name,
          cold: [],
          warm: [],
          longest: [],
          bytes: [],
          htmlBytes: 0,
        };
        for (let run = 0; run < RUNS; run += 1) {
          const context = await browser.newContext({ viewport: profile.viewport });
          const cold = await visit(context, server.url, ui, profile);
          // A return visit: the browser's cache holds what the first visit downloaded.
          const warm = await visit(context, server.url, ui, profile);
          await context.close();
          row.cold.push(cold.ms);
          row.warm.push(warm.ms);
          row.longest.push(cold.longestTask, warm.longestTask);
          row.bytes.push(cold.bytes);
          row.htmlBytes = cold.htmlBytes;
        }
        rows.push(row);
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const headers = [
    'site',
    'profile',
    'UI',
    'first result, cold (median / max)',
    'first result, warm (median)',
    'longest main-thread task while typing',
    'downloaded before the first result',
    'search page HTML',
  ];
  const cells = rows.map((r) => [
    r.site,
    r.profile,
    r.ui,
    `${median(r.cold).toFixed(0)} / ${Math.max(...r.cold).toFixed(0)} ms`,
    `${median(r.warm).toFixed(0)} ms`,
    `${Math.max(...r.longest).toFixed(0)} ms`,
    kib(median(r.bytes)),
    kib(r.htmlBytes),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'));
}

/**
 * Prints the search figures for the built site in dist/ and, with `scale`, for a scratch copy of the
 * project with that many synthetic articles added (built there, then removed).
 */
export async function runSearchBench(scale?: number, port = 0, options: ScaledCopyOptions = {}): Promise<void> {
  const browser = await launchBrowser();
  const rows: Row[] = [];
  let scratch: string | undefined = options.reuse;
  try {
    // The scaled copy is made and built first, so that both sites are then measured under the same load.
    if (scale && !scratch) {
      scratch = makeScaledCopy(process.cwd(), scale);
      const started = performance.now();
      const log = execSync('npm run build', {
        cwd: scratch,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const indexed = /Search index built in .*/.exec(log)?.[0] ?? '';
      console.log(
        `\nScaled copy: ${scale} synthetic articles added, built in ${((performance.now() - started) / 1000).toFixed(0)} s. ${indexed}`,
      );
    }
    if (!options.scaledOnly) rows.push(...(await benchSite(browser, 'dist', 'this site', port)));
    if (scratch) rows.push(...(await benchSite(browser, join(scratch, 'dist'), `+${scale ?? '?'} articles`, port)));
  } finally {
    await browser.close();
    if (scratch && !options.keep && !options.reuse) rmSync(scratch, { recursive: true, force: true });
    else if (scratch) console.log(`\nScaled copy kept at ${scratch} (re-measure it with --reuse-scaled ${scratch}).`);
  }
  console.log(
    `\nSearch (headless Chromium on loopback, served gzipped with cache headers; typing “${QUERY}”, the first key timed; ${RUNS} fresh browser contexts each, warm = the same context's return visit). CPU throttling is Chromium's, which applies to the page's main thread: work inside Pagefind's Web Worker (both UIs use it) is not slowed.\n`,
  );
  printTable(rows);
  printLongestTasks(rows);
}

/** The typing target, side by side: for each site and profile, this site's longest task beside the Default UI's. */
function printLongestTasks(rows: Row[]): void {
  console.log(
    `\nLongest main-thread task from the first key to the end of typing (target: none over 50 ms), the worst of ${RUNS * 2} visits (median):`,
  );
  const cell = (r: Row | undefined) =>
    r ? `${Math.max(...r.longest).toFixed(0)} ms (${median(r.longest).toFixed(0)})` : '—';
  for (const site of new Set(rows.map((r) => r.site)))
    for (const profile of profiles) {
      const of = (ui: SearchUI) => rows.find((r) => r.site === site && r.profile === profile.name && r.ui === ui.name);
      const ours = of(uis[0]);
      const verdict = ours ? (Math.max(...ours.longest) <= 50 ? 'met' : 'NOT met') : '';
      console.log(
        `  ${site}, ${profile.name}: this site ${cell(ours)} ${verdict}; Pagefind Default UI ${cell(of(uis[1]))}`,
      );
    }
}

/** How the scaled copy is kept between runs, so that a change can be re-measured without rebuilding 2,000 articles. */
export interface ScaledCopyOptions {
  /** Keep the scratch copy (`--keep-scaled`) instead of removing it. */
  keep?: boolean;
  /** Measure this already built copy (`--reuse-scaled DIR`) instead of making one. */
  reuse?: string;
  /** Measure only the scaled copy (`--scaled-only`). */
  scaledOnly?: boolean;
}

/** The scaled-copy options in `argv`. */
export function scaledCopyOptions(argv: readonly string[]): ScaledCopyOptions {
  const i = argv.indexOf('--reuse-scaled');
  return {
    keep: argv.includes('--keep-scaled'),
    reuse: i === -1 ? undefined : argv[i + 1],
    scaledOnly: argv.includes('--scaled-only'),
  };
}

/** The positive whole number after `flag` in `argv` ("--scale 2000"), if any. */
export function numberArg(argv: readonly string[], flag: string): number | undefined {
  const i = argv.indexOf(flag);
  const value = i === -1 ? undefined : Number(argv[i + 1]);
  return value && Number.isInteger(value) && value > 0 ? value : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await runSearchBench(numberArg(process.argv, '--search-scale'), 0, scaledCopyOptions(process.argv));
