// `npm run bench -- --scale 10,100,1000`: for each N, a scratch copy of this project with N synthetic
// articles (never this project's own content/), built cold and then again with nothing changed, beside a
// plain Astro + MDX site of the very same article files, built in the same run, with only the required
// plugins (remark-gfm, rehype-autolink-headings, through unified()).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { builtPages, pageFile } from '../../src/build/built-pages.ts';
import { registeredComponents } from '../../src/schemas/mdx-allowed.ts';
import { toWords } from './synthetic-site.ts';

const root = join(import.meta.dirname, '..', '..');
const node = join(root, 'node_modules/.bin/node');
/** Our build as `npm run build` runs it (package.json), node flags included, with this project's Node. */
const ourBuild = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }
).scripts.build
  .split(' ')
  .slice(1);
const br = (s: string | Buffer) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The figures for one N. */
export interface ScaleFigures {
  articles: number;
  /** Seconds: our build from nothing, our build again with no change, the plain site's build. */
  coldSeconds: number;
  warmSeconds: number;
  /** Seconds: our build after one article's text changed (everything is rebuilt). */
  oneChangedSeconds: number;
  plainSeconds: number;
  /** Brotli bytes of an added article's page, on average: ours and the plain site's. */
  bytesPerArticle: number;
  plainBytesPerArticle: number;
  /** Raw bytes of each page that is not an article ("/", "/search/", "/sitemap-0.xml", "/updates/feed.xml"…), to see what grows. */
  fixedPages: Record<string, number>;
}

/**
 * N English articles made from the real ones, each under its own file name, title and translation key, so
 * each passes the content check as a new article would (its sources, footnotes and section ids are real).
 */
export function syntheticArticles(n: number): { file: string; text: string }[] {
  const dir = join(root, 'content/articles/en');
  const originals = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return Array.from({ length: n }, (_, i) => {
    const key = `synthetic-${toWords(i)}`;
    const text = originals[i % originals.length]
      .replace(/^title: "?(.*?)"?$/m, (_m, t: string) => `title: "${t.replace(/"/g, '\\"')} (copy ${toWords(i)})"`)
      .replace(/^translationKey: .*$/m, `translationKey: ${key}`);
    return { file: `${key}.mdx`, text };
  });
}

/** A scratch copy of this project with the given articles added; the caller removes it. */
export function copyProject(articles: { file: string; text: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tp-scale-'));
  for (const entry of ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  linkPackages(dir);
  for (const a of articles) writeFileSync(join(dir, 'content/articles/en', a.file), a.text);
  return dir;
}

/**
 * This project's installed packages, linked into a scratch copy one by one, but not the caches kept in
 * node_modules (Astro's content store, Vite's, the social cards'): each copy starts with none, so a "cold"
 * build is cold however often the bench has run, and two copies never share one cache file.
 */
function linkPackages(dir: string): void {
  const packages = join(dir, 'node_modules');
  mkdirSync(packages);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.cache' || entry === '.astro' || entry.startsWith('.vite')) continue;
    symlinkSync(join(root, 'node_modules', entry), join(packages, entry));
  }
}

/** The plain site: one collection of the same MDX files, one route, a bare layout, the two required plugins. */
export function plainSite(ourCopy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tp-plain-'));
  linkPackages(dir);
  cpSync(join(ourCopy, 'content/articles'), join(dir, 'content/articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "plain", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
export default defineConfig({
  site: 'https://example.org',
  integrations: [mdx()],
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeHeadingIds, rehypeAutolinkHeadings] }) },
});
`,
  );
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  // The articles import the components content may use (registeredComponents); the plain site gets each as a
  // bare stub that prints its name, so the same MDX builds there without our data layer.
  writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "paths": { "~/*": ["./src/*"] } } }\n');
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  for (const name of Object.keys(registeredComponents))
    writeFileSync(join(dir, 'src/components', `${name}.astro`), `<span>${name}</span>\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  return dir;
}

function timed(cwd: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(node, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_LOG_LEVEL: 'silent', NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build in ${cwd} failed:\n${run.stdout}\n${run.stderr}`.slice(-4000));
  return (performance.now() - started) / 1000;
}

/** Builds both sites for N articles and measures them; removes the scratch folders afterwards. */
export function measureScale(n: number, log: (line: string) => void = () => {}): ScaleFigures {
  const articles = syntheticArticles(n);
  const ours = copyProject(articles);
  const plain = plainSite(ours);
  try {
    log(`  N = ${n}: our build, cold…`);
    const coldSeconds = timed(ours, ourBuild);
    log(`  N = ${n}: our build again, nothing changed…`);
    const warmSeconds = timed(ours, ourBuild);
    log(`  N = ${n}: our build after one article changed…`);
    const changed = join(ours, 'content/articles/en', articles[0].file);
    writeFileSync(changed, `${readFileSync(changed, 'utf8').trimEnd()}\n\nOne more line of text.\n`);
    const oneChangedSeconds = timed(ours, ourBuild);
    log(`  N = ${n}: the plain Astro + MDX build…`);
    const plainSeconds = timed(plain, ['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
    const keys = new Set(articles.map((a) => a.file.replace(/\.mdx$/, '')));
    const dist = join(ours, 'dist');
    const pages = builtPages(dist);
    const added = pages.filter((p) => keys.has(p.replace(/^\/|\/$/g, '')));
    const bytesPerArticle = added.reduce((s, p) => s + br(readFileSync(pageFile(p, dist))), 0) / added.length;
    const plainDist = join(plain, 'dist');
    const plainAdded = builtPages(plainDist).filter((p) => keys.has(p.replace(/^\/en\/|\/$/g, '')));
    const plainBytesPerArticle =
      plainAdded.reduce((s, p) => s + br(readFileSync(pageFile(p, plainDist))), 0) / plainAdded.length;
    const fixedPages: Record<string, number> = {};
    for (const p of pages) {
      const html = readFileSync(pageFile(p, dist), 'utf8');
      if (!/class="[^"]*\btp-article\b/.test(html)) fixedPages[p] = Buffer.byteLength(html);
    }
    // The sitemaps and the feeds are written from every article too, so they are watched like pages.
    for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.xml') && !f.startsWith('pagefind'),
    ))
      fixedPages[`/${f}`] = readFileSync(join(dist, f)).length;
    return {
      articles: n,
      coldSeconds,
      warmSeconds,
      oneChangedSeconds,
      plainSeconds,
      bytesPerArticle,
      plainBytesPerArticle,
      fixedPages,
    };
  } finally {
    rmSync(ours, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  }
}
