import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badInputs, type BadInput } from './bad-input-cases.ts';
import { fingerprint } from './project-copy.ts';

/**
 * The bad-input suite: every case of the table (bad-input-cases.ts) breaks one file of a scratch copy of
 * the content and runs the real `npm run build` entry (node scripts/build.ts) on it. Each must exit
 * non-zero, print one `file: field-or-line: message` line per problem (the one naming the case's file
 * with its words among them) and no stack trace, and leave the previous dist/ exactly as it was.
 *
 * Fast and calm on a loaded 2-core machine: a content problem stops the build before Astro is even loaded
 * (scripts/build.ts checks first), the scratch copies keep one article per language (the two that the
 * cases break, plus every data file and page), and two cases run at once at most (the build project's
 * maxConcurrency). Stages after the content check are proved by whole builds in build-pipeline.test.ts.
 */

const project = join(import.meta.dirname, '..', '..');
const node = join(project, 'node_modules/.bin/node');
/** The articles the copies keep: the cases break these two (an English article and its Spanish twin). */
const keptArticles = ['content/articles/en/itin-filers.mdx', 'content/articles/es/contribuyentes-con-itin.mdx'];
/**
 * Per case, measured: about 1.2 s of CPU (1–2 s of wall time on a quiet 2-core machine; 10–27 s, 12 on
 * average, with the load average at 20–25). The whole suite: about 200 s of CPU.
 */
const caseBudget = 120_000;

let work: string;
let content: string;
const timings: number[] = [];
let suiteStarted = 0;

beforeAll(() => {
  suiteStarted = performance.now();
  work = mkdtempSync(join(tmpdir(), 'tp-bad-input-'));
  content = join(work, 'content');
  cpSync(join(project, 'content'), content, {
    recursive: true,
    filter: (src) => !/\/content\/articles\/[^/]+\/[^/]+\.mdx$/.test(src) || keptArticles.some((a) => src.endsWith(a)),
  });
});

afterAll(() => {
  const seconds = ((performance.now() - suiteStarted) / 1000).toFixed(1);
  const slowest = Math.max(...timings, 0) / 1000;
  console.log(`bad inputs: ${timings.length} cases in ${seconds} s (slowest ${slowest.toFixed(1)} s)`);
  rmSync(work, { recursive: true, force: true });
});

/** A scratch project: a fresh copy of the content, the code linked, and a previous dist/ to keep. */
function scratch(name: string): string {
  const dir = mkdtempSync(join(work, `${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}-`));
  cpSync(content, join(dir, 'content'), { recursive: true });
  for (const entry of [
    'src',
    'scripts',
    'node_modules',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    if (existsSync(join(project, entry))) symlinkSync(join(project, entry), join(dir, entry));
  }
  mkdirSync(join(dir, 'dist', 'es'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), `<!doctype html><title>The last good site</title>${name}`);
  writeFileSync(join(dir, 'dist', 'es', 'index.html'), '<!doctype html><title>El último sitio bueno</title>');
  return dir;
}

/** Runs a command of the project in `dir`; its exit status and everything it printed. */
function run(dir: string, script: string): Promise<{ status: number | null; output: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Node's compile cache, shared by the cases: the same modules load in every one (it saves a tenth of the CPU).
    const env = {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      NODE_COMPILE_CACHE: join(work, '.node-compile-cache'),
    };
    const child = spawn(node, [script], { cwd: dir, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), caseBudget - 5_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, ms: performance.now() - started });
    });
  });
}

/** Writes the case's change into the copy. */
function breakFile(dir: string, c: BadInput): void {
  const path = join(dir, c.file);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const after = c.change(before);
  if (after === before) throw new Error(`the case "${c.name}" changed nothing in ${c.file}`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, after);
}

/** Lines that name a file and a place: `content/x.mdx: line 3: message`. */
const problemLines = (output: string) => output.split('\n').filter((l) => /^(content|src)\/[^:]+: [^:]+.*: \S/.test(l));

describe('the copies the cases start from', () => {
  test(
    'pass the content check as they are, so each case fails for its own change',
    async () => {
      const dir = scratch('unchanged');
      const { status, output } = await run(dir, 'scripts/check-content.ts');
      expect(status, output).toBe(0);
    },
    caseBudget,
  );
});

describe(`bad input (${badInputs.length} cases): the build fails, says where in one line each, and keeps dist/`, () => {
  test.concurrent.each(badInputs.map((c, i) => [`${i + 1}. ${c.name}`, c] as const))(
    '%s',
    async (_label, c) => {
      const dir = scratch(c.name);
      breakFile(dir, c);
      const previous = fingerprint(join(dir, 'dist'));
      const { status, output, ms } = await run(dir, 'scripts/build.ts');
      timings.push(ms);
      if (timings.length % 10 === 0 || timings.length === badInputs.length)
        console.log(`bad inputs: ${timings.length}/${badInputs.length} done`);

      expect(status, output).not.toBe(0);
      expect(output).toContain('Build failed; dist/ was left as it was.');
      const lines = problemLines(output);
      const mine = lines.filter((l) => l.startsWith(`${c.file}: `));
      expect(
        mine.some((l) => c.words.every((w) => l.includes(w))),
        `no line names ${c.file} with ${JSON.stringify(c.words)}:\n${output}`,
      ).toBe(true);
      // One line per problem: the count the build gives is the number of lines it printed.
      const count = Number(/Content check found (\d+) problem/.exec(output)?.[1]);
      expect(count, output).toBe(lines.length);
      expect(output, 'a stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(fingerprint(join(dir, 'dist')), 'dist/ changed').toBe(previous);
      rmSync(dir, { recursive: true, force: true });
    },
    caseBudget,
  );
});

describe('npm run check:content checks what the build checks before rendering', () => {
  test(
    'on a copy broken in every collection at once, both print the same problem lines',
    async () => {
      const dir = scratch('everything-at-once');
      const firstPerFile = new Map<string, BadInput>();
      for (const c of badInputs) if (!firstPerFile.has(c.file) && !c.file.includes('/fr/')) firstPerFile.set(c.file, c);
      for (const c of firstPerFile.values()) breakFile(dir, c);
      const [check, build] = [await run(dir, 'scripts/check-content.ts'), await run(dir, 'scripts/build.ts')];
      expect(check.status).not.toBe(0);
      expect(build.status).not.toBe(0);
      expect(problemLines(check.output).length).toBeGreaterThanOrEqual(firstPerFile.size);
      expect(problemLines(check.output).sort()).toEqual(problemLines(build.output).sort());
    },
    caseBudget,
  );
});
