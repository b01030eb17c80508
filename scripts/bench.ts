// npm run bench: builds the site, then prints figures. It measures; it does not pass or fail.
// `npm run bench -- --scale 2000` also measures search on a scratch copy with 2,000 synthetic articles.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { preview } from 'astro';
import { launchBrowser } from './lib/chromium.ts';
import { builtPages, pageFile } from '../src/build/built-pages.ts';
import { gradeLevel, countText } from '../src/build/readability.ts';
import { caseStatusDates, reviewAgeDays, reviewDue } from '../src/content/review-due.ts';
import { readCollection } from '../src/content/collection.ts';
import { casesSpec } from '../src/content/collections/index.ts';
import type { CasesEntry } from '../src/schemas/case.ts';
import { defaultLang, siteToday } from '../src/site.ts';
import { numberArg, runSearchBench } from './bench-search.ts';
import { articleBudget, sharingAllowance } from '../src/build/page-budget.ts';
import { defaultCacheDir, pageCard } from '../src/build/social/social-images.ts';

const br = (s: string | Buffer) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const kib = (n: number) => (n / 1024).toFixed(1);

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

// 1. Build time: once with no social-card cache (every card rendered), once more with nothing changed.
function timedBuild(): { seconds: number; log: string } {
  const started = performance.now();
  const log = execSync('npm run build', { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { seconds: (performance.now() - started) / 1000, log };
}
/** The social-image step's own line in the build log: "Social images: 14 cards, 14 rendered, 0 from cache, in 980 ms (…)". */
function socialStep(log: string): string {
  const line = /Social images: (\d+) cards, (\d+) rendered, (\d+) from cache, in (\d+) ms/.exec(log);
  return line
    ? `${line[4]} ms (${line[2]} of ${line[1]} cards rendered, ${line[3]} from cache)`
    : 'not found in the build log';
}
rmSync(defaultCacheDir, { recursive: true, force: true });
const cold = timedBuild();
const warm = timedBuild();
console.log(
  `\nBuild: ${cold.seconds.toFixed(1)} s with no card cache, ${warm.seconds.toFixed(1)} s rebuilt unchanged ` +
    `(astro build${existsPagefind() ? ' + pagefind' : ''}), ${builtPages().length} pages`,
);
console.log(`Social-image step: ${socialStep(cold.log)} cold; ${socialStep(warm.log)} on the unchanged rebuild.`);
const cards = builtPages().flatMap((path) => {
  const card = pageCard(path, readFileSync(pageFile(path), 'utf8'));
  return card ? [[path, card.imagePath, kib(statSync(join('dist', card.imagePath)).size)]] : [];
});
console.log(`\nSocial cards (1200×630 PNG, KiB; each must stay under 100):\n`);
console.log(table(['page', 'image', 'KiB'], cards));

function existsPagefind(): boolean {
  try {
    return readdirSync('dist/pagefind').length > 0;
  } catch {
    return false;
  }
}

// 2. Bytes per page, as files.
function assetsOf(html: string) {
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const linked = (re: RegExp) => [...html.matchAll(re)].map((m) => readFileSync(join('dist', m[1]), 'utf8')).join('');
  const css = inlineCss + linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g);
  const js = inlineJs + linked(/<script[^>]+src="(\/[^"]+)"/g);
  return { css, js };
}

// 3. In Chromium: requests, bytes transferred, JS executed, DOM nodes, the text floor.
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
const base = `http://127.0.0.1:${server.port}`;
const browser = await launchBrowser();
const rows: (string | number)[][] = [];
const budgetRows: (string | number)[][] = [];
const sharingRows: (string | number)[][] = [];

/** What each part that makes a page shareable and printable adds to its brotli size (the page without it, compared). */
const sharingPatterns: [string, RegExp][] = [
  [
    'card tags + feed link',
    /<meta property="og:[^>]*>|<meta name="twitter:[^>]*>|<link rel="alternate" type="application\/rss\+xml"[^>]*>/g,
  ],
  ['JSON-LD', /<script type="application\/ld\+json">[\s\S]*?<\/script>/g],
  ['print CSS', /\.tp-print-only\{display:none\}@media print\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g],
  ['QR code', /<div class="tp-print-only tp-qr">[\s\S]*?<\/div>/g],
  ['citation box', /<section class="tp-cite"[\s\S]*?<\/section>/g],
  ['updated notice', /<p class="tp-updated">[\s\S]*?<\/p>/g],
];
function sharingParts(html: string): number[] {
  const whole = br(html);
  return sharingPatterns.map(([, re]) => whole - br(html.replace(re, '')));
}
function withoutSharing(html: string): string {
  return sharingPatterns.reduce((h, [, re]) => h.replace(re, ''), html);
}
const readRows: (string | number)[][] = [];
for (const path of builtPages()) {
  const html = readFileSync(pageFile(path), 'utf8');
  const { css, js } = assetsOf(html);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  let requests = 0;
  let transferred = 0;
  context.on('requestfinished', async (request) => {
    requests += 1;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.coverage.startJSCoverage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const coverage = await page.coverage.stopJSCoverage();
  // Scripts that ran at all, by source size: the page's own and any the browser loaded for it.
  const jsExecuted = coverage.reduce((n, entry) => n + (entry.source?.length ?? 0), 0);
  const { nodes, mainText, summary, inShort, body } = await page.evaluate(() => {
    const text = (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '';
    // The article's running text as a reader sees it: its prose, without the notes at the end.
    const prose = document.querySelector('[data-pagefind-body]')?.cloneNode(true) as HTMLElement | undefined;
    prose?.querySelectorAll('.footnotes, section[data-footnotes]').forEach((n) => n.remove());
    return {
      nodes: document.getElementsByTagName('*').length,
      mainText: text('main'),
      summary: text('.tp-summary'),
      inShort: text('#in-short ul'),
      body: prose?.textContent ?? '',
    };
  });
  await context.close();
  const floor = br(mainText);
  const pageBr = br(html);
  rows.push([
    path,
    html.length,
    gz(html),
    pageBr,
    css.length,
    css ? br(css) : 0,
    js.length,
    js ? br(js) : 0,
    requests,
    kib(transferred),
    jsExecuted,
    nodes,
    floor,
  ]);
  if (/class="[^"]*\btp-article\b/.test(html)) {
    readRows.push([
      path,
      countText(summary).words,
      gradeLevel(summary),
      gradeLevel(inShort),
      countText(body).words,
      gradeLevel(body),
    ]);
    const budget = articleBudget(floor);
    budgetRows.push([path, pageBr, floor, budget, pageBr <= budget ? 'within' : `over by ${pageBr - budget}`]);
    sharingRows.push([path, ...sharingParts(html), pageBr - br(withoutSharing(html))]);
  }
}
await browser.close();
await server.stop();

console.log(
  'Bytes are raw / gzip -9 / brotli -11 of the HTML file (CSS is inlined into it, so CSS is also part of HTML); transferred is in Chromium, headers included.\n',
);
console.log(
  table(
    [
      'page',
      'HTML',
      'HTML gz',
      'HTML br',
      'CSS',
      'CSS br',
      'JS',
      'JS br',
      'requests',
      'KiB transferred',
      'JS executed (B)',
      'DOM nodes',
      'text floor br',
    ],
    rows,
  ),
);
console.log(
  `\nArticle budget: page brotli must be at most text floor × 1.3 + 2 KiB + ${sharingAllowance} B for sharing and print (src/build/page-budget.ts).\n`,
);
console.log(table(['article', 'page br', 'floor br', 'budget', 'result'], budgetRows));
console.log('\nSharing and print parts of each article, brotli bytes each adds (all: removed together):\n');
console.log(table(['article', ...sharingPatterns.map(([name]) => name), 'all'], sharingRows));

// 4. Readability of each article, from the built page: summary, In-short box and body, Flesch–Kincaid grade.
console.log('\nReadability (Flesch–Kincaid grade; summaries must be 8 or lower):\n');
console.log(
  table(['article', 'summary words', 'summary grade', 'In short grade', 'body words', 'body grade'], readRows),
);

// 5. Review due: statuses older than 90 days (npm run check:content lists them).
const today = siteToday();
const casesRead = readCollection(casesSpec, process.cwd()).entries.find((e) => e.id === defaultLang);
const statuses = caseStatusDates(
  casesRead?.origin?.file ?? 'content/cases.yaml',
  casesRead?.data as CasesEntry | undefined,
);
const due = reviewDue(statuses, today);
console.log(
  `\nReview due: ${due.length} of ${statuses.length} statuses are older than ${reviewAgeDays} days on ${today.toISOString().slice(0, 10)}` +
    (due.length > 0 ? ` (oldest: ${due[0].days} days)` : '') +
    '.\n',
);

// 6. Search: first result cold and warm, on a desktop and a phone, beside Pagefind's Default UI;
// `npm run bench -- --scale 2000` adds a scratch copy with 2,000 synthetic articles.
await runSearchBench(numberArg(process.argv, '--scale'));
