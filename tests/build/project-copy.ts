import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..', '..');

/** A scratch copy of the project (code and content, the installed packages linked), to break and build. */
export function copyOfProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tp-build-'));
  for (const entry of ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    try {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Runs `npm run build` in `dir` with the project's own Node; returns its exit status and everything it printed. */
export function buildIn(dir: string): { status: number | null; output: string } {
  const run = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Changes one file of the copy. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

/** A fingerprint of every file under `dir` (path and bytes), to prove a folder was left exactly as it was. */
export function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(dir, full)).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
