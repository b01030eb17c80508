// npm run build: builds the whole site into a fresh folder and puts it in place as dist/ only when every
// stage passed (content check, Astro, search index, link check). On any failure dist/ stays exactly as it
// was, so the last good site is always the one a host or `npm start` serves.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = process.cwd();
const dist = join(root, 'dist');
// Beside dist/, on the same file system, so putting it in place is a rename, not a copy.
const next = join(root, '.build', `next-${process.pid}`);
const previous = join(root, '.build', `previous-${process.pid}`);

mkdirSync(join(root, '.build'), { recursive: true });
rmSync(next, { recursive: true, force: true });
try {
  await build({ root, outDir: next, logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'silent' : 'info' });
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed; dist/ was left as it was.\n${(error as Error).message}`);
  process.exit(1);
}
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('dist/ now holds the new build.');
