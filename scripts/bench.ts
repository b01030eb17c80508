// npm run bench: builds the site (cold, then again with nothing changed), then prints figures for every
// built page, both languages: bytes on load against the text floor, requests, JavaScript run, DOM nodes,
// Lighthouse mobile scores, readability, search; and writes them all as JSON (`--json FILE`, default
// .build/bench.json). It measures; it does not pass or fail.
//   --scale 10,100,1000   also builds N synthetic articles in a scratch copy, beside a plain Astro + MDX build
//   --lighthouse all      Lighthouse on every page (default: one page of each type in each language)
//   --no-lighthouse       skip Lighthouse
//   --search-scale 2000   also times search on a scratch copy with that many synthetic articles
//                         (--keep-scaled keeps it; --reuse-scaled DIR re-measures a kept one; --scaled-only skips the real site)
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchBrowser } from './browser/chromium.ts';
import { serveSite } from './serve/site-server.ts';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { measureScale, type ScaleFigures } from './bench/scale-build.ts';
import { table } from './bench/table.ts';
import { builtPages, pageFile } from '../src/build/built-pages.ts';
import { articleBudget } from '../src/build/page-budget.ts';
import { gradeLevel, countText, spanishReadability } from '../src/build/readability.ts';
import { numberArg, runSearchBench, scaledCopyOptions } from './bench-search.ts';
import { reviewAgeDays, reviewDueLines } from '../src/content/review-due.ts';
import { readContent } from '../src/content/check.ts';
import { siteToday } from '../src/site.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : (args[i + 1] ?? '');
};
const jsonFile = option('--json') ?? '.build/bench.json';
const scales = (option('--scale') ?? '')
  .split(',')
  .filter(Boolean)
  .map((n) => Number(n.replace(/[_,]/g, '')));
const lighthouseMode = args.includes('--no-lighthouse') ? 'none' : option('--lighthouse') === 'all' ? 'all' : 'types';

const br = (s: string | Buffer) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n: number) => (n / 1024).toFixed(1);
const figures: Record<string, unknown> = { at: new Date().toISOString() };

// 1. Build time: from nothing (no Astro cache), then again with no change.
const build = (force = false) => {
  const started = performance.now();
  execSync(`npm run build${force ? ' -- --force' : ''}`, {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - started) / 1000;
};
rmSync('.astro', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const cold = build(true);
const warm = build();
figures.build = { coldSeconds: cold, warmSeconds: warm, pages: builtPages().length };
console.log(
  `\nBuild: ${cold.toFixed(1)} s cold, ${warm.toFixed(1)} s again with no change (${((warm / cold) * 100).toFixed(0)} % of cold; target ≤ 50 %), ${builtPages().length} pages\n`,
);

/** What kind of page a path is, from its markup and its address. */
function pageType(path: string, html: string): string {
  // A later page of a paginated list ("/updates/2/") is of its list's type.
  const bare = path.replace(/^\/es(?=\/)/, '').replace(/^\/(articles|updates)\/\d+\/$/, '/$1/');
  if (path === '/404.html') return '404';
  if (bare === '/') return 'home';
  if (/class="[^"]*\btp-article\b/.test(html)) return 'article';
  const named: Record<string, string> = {
    '/law/6103/': 'statute',
    '/timeline/': 'timeline',
    '/glossary/': 'glossary',
    '/sources/': 'sources',
    '/search/': 'search',
    '/updates/': 'updates',
    '/about/': 'about',
  };
  return named[bare] ?? bare.replace(/^\/|\/$/g, '');
}

// 2. Every page in Chromium (phone-sized): what loads, what runs, how big the DOM is, the text floor.
const server = await serveSite({ root: 'dist' });
const browser = await launchBrowser();
interface PageFigures {
  path: string;
  type: string;
  lang: string;
  htmlBytes: number;
  htmlBrotli: number;
  /** Brotli bytes of everything fetched by the time the page is idle (HTML, scripts, data; binary as is). */
  loadBrotli: number;
  requests: number;
  jsExecutedBytes: number;
  domNodes: number;
  textFloorBrotli: number;
  /** Footnote references in the main text: each may add 10 bytes to the budget (src/build/page-budget.ts). */
  references: number;
  /** What the card, JSON-LD, print styles, QR code and citation box add to the page's brotli bytes, together. */
  sharingBrotli: number;
  lighthouse?: LighthouseFigures;
}
/** What makes a page shareable and printable (removed from the HTML to measure what it adds). */
const sharingPatterns: RegExp[] = [
  /<meta property="og:[^>]*>|<meta name="twitter:[^>]*>|<link rel="alternate" type="application\/rss\+xml"[^>]*>/g,
  /<script type="application\/ld\+json">[\s\S]*?<\/script>/g,
  /\.tp-print-only\{display:none\}@media print\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g,
  /<div class="tp-print-only tp-qr">[\s\S]*?<\/div>/g,
  /<section class="tp-cite"[\s\S]*?<\/section>/g,
];
const withoutSharing = (html: string) => sharingPatterns.reduce((h, re) => h.replace(re, ''), html);
const pages: PageFigures[] = [];
const readRows: (string | number)[][] = [];
const spanishRows: (string | number)[][] = [];
for (const path of builtPages()) {
  const html = readFileSync(pageFile(path), 'utf8');
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const loads: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    loads.push(
      (async () => {
        const response = await request.response();
        const body = await response?.body().catch(() => undefined);
        if (!body) return 0;
        const type = response?.headers()['content-type'] ?? '';
        return /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(type) ? br(body) : body.length;
      })(),
    );
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  const coverage = await page.coverage.stopJSCoverage();
  const { nodes, mainText, summary, inShort, body, lang, references } = await page.evaluate(() => {
    // The floor is the text a reader can read with the folds (In short, On this page) opened.
    document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true));
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
      lang: document.documentElement.lang,
      references: document.querySelectorAll('main a[href^="#fn-"]').length,
    };
  });
  const loaded = await Promise.all(loads);
  await context.close();
  const type = pageType(path, html);
  pages.push({
    path,
    type,
    lang,
    htmlBytes: Buffer.byteLength(html),
    htmlBrotli: br(html),
    loadBrotli: loaded.reduce((a, b) => a + b, 0),
    requests: loaded.length,
    // Scripts that ran at all (the page's own and any it loaded), by source size.
    jsExecutedBytes: coverage.reduce((n, entry) => n + (entry.source?.length ?? 0), 0),
    domNodes: nodes,
    textFloorBrotli: mainText ? br(mainText) : 0,
    references,
    sharingBrotli: br(html) - br(withoutSharing(html)),
  });
  if (type === 'article' && lang === 'es') {
    const [s, i, b] = [summary, inShort, body].map((t) => spanishReadability(t));
    spanishRows.push([path, s.fernandezHuerta, s.inflesz, i.fernandezHuerta, b.fernandezHuerta, b.inflesz]);
  } else if (type === 'article') {
    readRows.push([
      path,
      countText(summary).words,
      gradeLevel(summary),
      gradeLevel(inShort),
      countText(body).words,
      gradeLevel(body),
    ]);
  }
}
await browser.close();

// 3. Lighthouse, mobile: one page of each type in each language (the longest, for articles), or every page.
if (lighthouseMode !== 'none') {
  const chosen =
    lighthouseMode === 'all'
      ? pages
      : [...Map.groupBy(pages, (p) => `${p.type}|${p.lang}`).values()].map(
          (group) => group.sort((a, b) => b.htmlBytes - a.htmlBytes)[0],
        );
  for (const p of chosen) {
    process.stdout.write(`Lighthouse ${p.path} … `);
    try {
      p.lighthouse = await runLighthouse(server.url + p.path);
      console.log(
        `${p.lighthouse.performance}/${p.lighthouse.accessibility}/${p.lighthouse.bestPractices}/${p.lighthouse.seo}`,
      );
    } catch (error) {
      console.log(`could not run: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
await server.close();
figures.pages = pages;

console.log(
  '\nEvery page on a 375 px phone. HTML br = the page file (its CSS is inlined); load br = everything fetched until idle, brotli -11 (binary files as they are); text floor = the visible main text alone, brotli -11.\n',
);
console.log(
  table(
    [
      'page',
      'type',
      'lang',
      'HTML B',
      'HTML br',
      'load br',
      'floor br',
      'load ÷ floor',
      'requests',
      'JS run B',
      'DOM nodes',
    ],
    pages.map((p) => [
      p.path,
      p.type,
      p.lang,
      p.htmlBytes,
      p.htmlBrotli,
      p.loadBrotli,
      p.textFloorBrotli,
      p.textFloorBrotli ? (p.loadBrotli / p.textFloorBrotli).toFixed(2) : '–',
      p.requests,
      p.jsExecutedBytes,
      p.domNodes,
    ]),
  ),
);

console.log(
  '\nArticles, both languages: 1 request, no JavaScript, page brotli ≤ text floor (folds open) × 1.4 + 2 KiB,\n' +
    '+ 10 B per footnote reference, + 1.2 KiB for sharing and print (src/build/page-budget.ts).\n',
);
console.log(
  table(
    ['article', 'requests', 'JS run B', 'page br', 'floor br', 'refs', 'sharing br', 'budget', 'result'],
    pages
      .filter((p) => p.type === 'article')
      .map((p) => {
        const budget = articleBudget(p.textFloorBrotli, p.references);
        const ok = p.htmlBrotli <= budget && p.requests === 1 && p.jsExecutedBytes === 0;
        return [
          p.path,
          p.requests,
          p.jsExecutedBytes,
          p.htmlBrotli,
          p.textFloorBrotli,
          p.references,
          p.sharingBrotli,
          budget,
          ok ? 'within' : p.htmlBrotli > budget ? `over by ${p.htmlBrotli - budget} B` : 'loads more than itself',
        ];
      }),
  ),
);

const withLighthouse = pages.filter((p) => p.lighthouse);
if (withLighthouse.length) {
  console.log(
    '\nLighthouse (mobile defaults: simulated slow 4G, 4× CPU slowdown). Targets: 100 in each category, LCP ≤ 0.8 s, CLS 0.\n',
  );
  console.log(
    table(
      ['page', 'type', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP s', 'TBT ms', 'CLS', 'what cost points'],
      withLighthouse.map((p) => {
        const l = p.lighthouse!;
        return [
          p.path,
          p.type,
          l.performance,
          l.accessibility,
          l.bestPractices,
          l.seo,
          l.lcp.toFixed(2),
          Math.round(l.tbt),
          l.cls.toFixed(3),
          l.failed.join('; ') || '–',
        ];
      }),
    ),
  );
}

// 4. Readability of each article, from the built page: summary, In-short box and body, Flesch–Kincaid grade.
console.log('\nReadability (Flesch–Kincaid grade; summaries must be 8 or lower):\n');
console.log(
  table(['article', 'summary words', 'summary grade', 'In short grade', 'body words', 'body grade'], readRows),
);
console.log(
  '\nSpanish readability (Fernández-Huerta and INFLESZ: higher is easier; 55–65 is "normal", above 65 "easy"):\n',
);
console.log(
  table(['article', 'summary F-H', 'summary INFLESZ', 'In short F-H', 'body F-H', 'body INFLESZ'], spanishRows),
);
figures.readability = { en: readRows, es: spanishRows };

// Review due: case statuses older than 90 days (npm run check:content lists them).
const dueLines = reviewDueLines(readContent(process.cwd()), siteToday());
console.log(
  `\nReview due on ${siteToday().toISOString().slice(0, 10)}: ${dueLines.length} case status(es) older than ${reviewAgeDays} days.`,
);
for (const line of dueLines) console.log(`  ${line}`);
figures.reviewDue = dueLines;

// 5. Search: first result cold and warm, on a desktop and a phone, beside Pagefind's Default UI.
await runSearchBench(numberArg(args, '--search-scale'), 0, scaledCopyOptions(args));

// 6. Scale: N synthetic articles, our build beside the plain one.
if (scales.length) {
  console.log(`\nScale: our build and a plain Astro + MDX build of the same articles, N = ${scales.join(', ')}\n`);
  const results: ScaleFigures[] = [];
  for (const n of scales) results.push(measureScale(n, console.log));
  console.log(
    '\n' +
      table(
        [
          'N',
          'ours cold s',
          'ours again s',
          'again ÷ cold',
          'one changed s',
          'plain s',
          'ours ÷ plain',
          'ms per article (ours)',
          'br B per article',
          'plain br B',
        ],
        results.map((r) => [
          r.articles,
          r.coldSeconds.toFixed(1),
          r.warmSeconds.toFixed(1),
          (r.warmSeconds / r.coldSeconds).toFixed(2),
          r.oneChangedSeconds.toFixed(1),
          r.plainSeconds.toFixed(1),
          (r.coldSeconds / r.plainSeconds).toFixed(2),
          ((r.coldSeconds * 1000) / (r.articles + 8)).toFixed(0),
          Math.round(r.bytesPerArticle),
          Math.round(r.plainBytesPerArticle),
        ]),
      ),
  );
  // Which pages grow with N: every page that is not an article, its bytes at each N.
  const names = [...new Set(results.flatMap((r) => Object.keys(r.fixedPages)))].sort();
  console.log('\nPages that are not articles, raw bytes at each N (only the sitemap and the sources list may grow):\n');
  console.log(
    table(
      ['page', ...results.map((r) => `N = ${r.articles}`)],
      names.map((name) => [name, ...results.map((r) => r.fixedPages[name] ?? '–')]),
    ),
  );
  figures.scale = results;
}

mkdirSync(dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, JSON.stringify(figures, null, 2));
console.log(
  `\nFigures as JSON: ${join(process.cwd(), jsonFile)} (${kib(Buffer.byteLength(JSON.stringify(figures)))} KiB)`,
);
