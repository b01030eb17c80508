// npm run build: builds the whole site into a fresh folder and puts it in place as dist/ only when every
// stage passed (content check, Astro, search index, link check). On any failure dist/ stays exactly as it
// was, so the last good site is always the one a host or `npm start` serves.
//
// The content check runs first, before Astro is even loaded, so a problem in content/ fails in a second or
// two; Astro's loaders then store what that check read (src/content/prepared-reads.ts), and the MDX compile
// takes the trees it parsed (src/content/mdx/parsed-trees.ts): content is read and parsed once.
//
// package.json runs this with --max-semi-space-size=64: V8's nursery for new objects, 16 MB by default, is
// far too small for a build that parses and renders every article, and the collector ran over and over (at
// 1,000 articles, 9 of the content check's 33 s). With 64 MB, builds run back to back at 1,000 articles took
// 178 s against 200 s, at about the same peak memory (4.3 GB).
import { existsSync, mkdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { checkReads, formatProblem, readCollectionsAhead } from '../src/content/check.ts';
import { offerReads } from '../src/content/prepared-reads.ts';
import { keepParsedTrees } from '../src/content/mdx/parsed-trees.ts';
import { explainRouteConflict } from './build/route-conflict.ts';
import { articleCards } from './build/article-cards.ts';
import { offThread } from '../src/build/off-thread.ts';
import type { drawCardsAhead } from '../src/build/social/social-images.ts';
import { inputsHash, isUpToDate, recordInputs, stampFile } from './build/build-inputs.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = process.cwd();
const dist = join(root, 'dist');
// Beside dist/, on the same file system, so putting it in place is a rename, not a copy.
const next = join(root, '.build', `next-${process.pid}`);
const previous = join(root, '.build', `previous-${process.pid}`);
const quiet = process.env.BUILD_LOG_LEVEL === 'silent';

function fail(message: string): never {
  rmSync(next, { recursive: true, force: true });
  // Written synchronously: process.exit() would drop what a pipe has not taken yet of a long list.
  writeSync(2, `\nBuild failed; dist/ was left as it was.\n${message}\n`);
  process.exit(1);
}

// Nothing changed since dist/ was built (same content, code, packages and settings): the build would write
// the same files, so it is skipped. `--force` builds anyway.
const inputs = inputsHash(root);
if (!process.argv.includes('--force') && isUpToDate(root, inputs)) {
  console.log('Nothing changed since dist/ was built; it is up to date (npm run build -- --force rebuilds).');
  process.exit(0);
}
rmSync(stampFile(root), { force: true });

const checking = performance.now();
// The check's syntax trees go on to the MDX compile, so each article is parsed once in a build.
keepParsedTrees();
const reads = await readCollectionsAhead(root);
const problems = checkReads(reads);
if (problems.length > 0) {
  writeSync(2, problems.map((p) => `${formatProblem(p)}\n`).join(''));
  fail(`Content check found ${problems.length} problem(s); each is listed above as "file: field: message".`);
}
if (!quiet) console.log(`Content checked in ${Math.round(performance.now() - checking)} ms: no problems. Building…`);
offerReads(root, reads);
// The articles' social cards are drawn on the other core while Astro compiles (mostly on one), so after
// the build they come from the cache. If this fails, the cards are only drawn after the build, as before.
const cardsAhead = offThread<typeof drawCardsAhead>(
  new URL('../src/build/social/social-images.ts', import.meta.url),
  'drawCardsAhead',
  articleCards(reads),
).catch(() => 0);

mkdirSync(join(root, '.build'), { recursive: true });
rmSync(next, { recursive: true, force: true });
try {
  const { build } = await import('astro');
  await build({ root, outDir: next, logLevel: quiet ? 'silent' : 'info' });
  await cardsAhead;
} catch (error) {
  fail(explainRouteConflict((error as Error).message));
}
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
recordInputs(root, inputs);
console.log('dist/ now holds the new build.');
