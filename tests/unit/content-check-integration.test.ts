import { join } from 'node:path';
import { cpSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, test } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';

type Hook = (options: { logger: { error(msg: string): void }; command: string }) => void;

function runHook(root: string) {
  const errors: string[] = [];
  const hook = contentCheck({ root }).hooks['astro:config:setup'] as unknown as Hook;
  let thrown: Error | undefined;
  try {
    hook({ logger: { error: (m) => errors.push(m) }, command: 'build' });
  } catch (e) {
    thrown = e as Error;
  }
  return { errors, thrown };
}

test('a clean content folder lets the build go on', () => {
  const { errors, thrown } = runHook(join(import.meta.dirname, '..', 'fixtures', 'valid'));
  expect(errors).toEqual([]);
  expect(thrown).toBeUndefined();
});

test('a malformed article stops the build with one line naming the file and field', () => {
  const root = mkdtempSync(join(tmpdir(), 'hook-'));
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'valid'), root, { recursive: true });
  copyFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'malformed', 'bad-date.mdx'),
    join(root, 'content/articles/en/first.mdx'),
  );
  const { errors, thrown } = runHook(root);
  expect(errors).toEqual([
    'content/articles/en/first.mdx: updated: "2026-02-30" is not a real date (expected YYYY-MM-DD)',
  ]);
  expect(thrown?.message).toMatch(/1 problem/);
  expect(thrown?.stack).not.toMatch(/\n\s+at /);
});
