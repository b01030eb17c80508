import { expect, test } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages, pageFile } from '../../src/build/built-pages.ts';

/**
 * Every built page is valid HTML by html-validate's recommended rules, as configured (and each change
 * explained) in .htmlvalidate.mjs. Reads dist/ only; no browser.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

test.each(builtPages())('%s is valid HTML', async (path) => {
  const report = await validator.validateFile(pageFile(path));
  const errors = report.results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  expect(errors).toEqual([]);
});

test('the configuration is in force: a malformed page fails', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a b">x</div></body></html>',
    pageFile('/'),
  );
  expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(
    expect.arrayContaining(['valid-id', 'close-order']),
  );
});
