import { cpSync, mkdtempSync, copyFileSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, formatProblem } from '../../src/content/check.ts';

/** The shared test fixtures: `valid/` is a whole content folder, `malformed/` holds one broken file per case. */
export const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** A fresh copy of the valid fixture, to change in a test. */
export function copyOfValidFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  return root;
}

/** Checks a copy of the valid fixture with one malformed file put at `into`; returns the problem lines. */
export function checkWith(malformed: string, into: string): string[] {
  const root = copyOfValidFixture();
  copyFileSync(join(fixtures, 'malformed', malformed), join(root, into));
  return checkContent(root).map(formatProblem);
}

/** Checks a copy of the valid fixture after writing `text` to `file` (or changing it with a function). */
export function checkAfter(file: string, text: string | ((old: string) => string)): string[] {
  const root = copyOfValidFixture();
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof text === 'string' ? text : text(readFileSync(path, 'utf8')));
  return checkContent(root).map(formatProblem);
}
