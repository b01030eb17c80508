// What a build is made from, as one hash: a build whose inputs are unchanged would write the same dist/,
// so `npm run build` can skip it (a rebuild with nothing changed costs a hash, not a build).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Folders and files whose contents decide what the build writes; environment settings that do too. */
const INPUTS = ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const ENV = ['SITE_URL', 'SITE_TODAY'];

/**
 * The hash of every input file (path and bytes), the settings above, the Node version and the day: pages
 * show what is recent or due for review counted from the build day, so a new day is a new input.
 */
export function inputsHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else {
      hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const input of INPUTS) walk(join(root, input));
  for (const name of ENV) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  hash.update(process.version);
  hash.update(new Date().toISOString().slice(0, 10));
  return hash.digest('hex');
}

/** Where the hash of the inputs that made the current dist/ is kept (beside the build folders, not in dist/). */
export const stampFile = (root: string) => join(root, '.build', 'dist-inputs');

/** Whether dist/ was built from exactly these inputs. */
export function isUpToDate(root: string, hash: string): boolean {
  const stamp = stampFile(root);
  return existsSync(join(root, 'dist', 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

export function recordInputs(root: string, hash: string): void {
  mkdirSync(dirname(stampFile(root)), { recursive: true });
  writeFileSync(stampFile(root), hash);
}
