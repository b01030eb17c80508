import { join } from 'node:path';
import { cpSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, expect, test } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';
import { readContent } from '../../src/content/check.ts';
import { contentReport } from '../../src/content/report.ts';

type Hook = (options: { logger: { error(msg: string): void; warn(msg: string): void } }) => void;

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** Fills the process's content report as the build's loaders would, then runs the hook that stops the build. */
function runHook(root: string) {
  const loaded = readContent(root);
  const report = contentReport();
  for (const key of ['problems', 'entries', 'links'] as const) {
    report[key].clear();
    for (const [name, value] of loaded[key]) (report[key] as Map<string, unknown>).set(name, value);
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  let thrown: Error | undefined;
  try {
    (contentCheck().hooks['astro:build:start'] as unknown as Hook)({
      logger: { error: (m) => errors.push(m), warn: (m) => warnings.push(m) },
    });
  } catch (e) {
    thrown = e as Error;
  }
  return { errors, warnings, thrown };
}

afterEach(() => {
  for (const map of Object.values(contentReport())) (map as Map<string, unknown>).clear();
});

test('clean content lets the build go on, and an article without a Spanish twin is named as a warning, not an error', () => {
  const { errors, warnings, thrown } = runHook(join(fixtures, 'valid'));
  expect(errors).toEqual([]);
  expect(thrown).toBeUndefined();
  expect(warnings).toContainEqual(expect.stringMatching(/^no es twin: .*content\/articles\/en\/first\.mdx/));
});

test('a problem across collections stops the build with one line naming the file and line, and no stack trace', () => {
  const root = mkdtempSync(join(tmpdir(), 'hook-'));
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  copyFileSync(join(fixtures, 'malformed', 'unknown-source.mdx'), join(root, 'content/articles/en/first.mdx'));
  const { errors, thrown } = runHook(root);
  expect(errors).toEqual([
    'content/articles/en/first.mdx: line 21: cites unknown source "no-such-source" (not in content/sources/)',
  ]);
  expect(thrown?.message).toMatch(/1 problem/);
  expect(thrown?.stack).not.toMatch(/\n\s+at /);
});

test("a file's own problem, already logged by its loader, stops the build without being logged twice", () => {
  const root = mkdtempSync(join(tmpdir(), 'hook-'));
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  copyFileSync(join(fixtures, 'malformed', 'bad-date.mdx'), join(root, 'content/articles/en/first.mdx'));
  const { errors, thrown } = runHook(root);
  expect(errors).toEqual([]);
  expect(thrown?.message).toMatch(/1 problem/);
});

test('the build lists, without failing, every status older than 90 days', () => {
  process.env.SITE_TODAY = '2026-12-01';
  try {
    const { warnings, thrown } = runHook(join(fixtures, 'valid'));
    expect(thrown).toBeUndefined();
    expect(warnings).toContain('review due: content/cases.yaml: dc-circuit-26-0001: as of 2026-06-08, 176 days');
  } finally {
    delete process.env.SITE_TODAY;
  }
});
