import { cpSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/content/check/index.ts';

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
