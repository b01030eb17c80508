// npm run build: builds the whole site into a fresh folder and puts it in place as dist/ only when every
// stage passed (content check, Astro, search index, link check). On any failure dist/ stays exactly as it
// was, so the last good site is always the one a host or `npm start` serves.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { inputsHash, isUpToDate, recordInputs, stampFile } from './lib/build-inputs.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = process.cwd();
const dist = join(root, 'dist');
// Beside dist/, on the same file system, so putting it in place is a rename, not a copy.
const next = join(root, '.build', `next-${process.pid}`);
const previous = join(root, '.build', `previous-${process.pid}`);

// Nothing changed since dist/ was built (same content, code, packages and settings): the build would write
// the same files, so it is skipped. `--force` builds anyway.
const inputs = inputsHash(root);
if (!process.argv.includes('--force') && isUpToDate(root, inputs)) {
  console.log('Nothing changed since dist/ was built; it is up to date (npm run build -- --force rebuilds).');
  process.exit(0);
}
rmSync(stampFile(root), { force: true });

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
recordInputs(root, inputs);
console.log('dist/ now holds the new build.');
