import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/content/check/index.ts';
import { checkWith, copyOfValidFixture, fixtures } from './fixture-check.ts';

const ARTICLE = 'content/articles/en/first.mdx';

describe('the content check', () => {
  test('passes the valid fixture', () => {
    expect(checkContent(join(fixtures, 'valid')).map(formatProblem)).toEqual([]);
  });

  test.each([
    ['missing-title.mdx', ARTICLE, `${ARTICLE}: title: is missing`],
    ['empty-title.mdx', ARTICLE, `${ARTICLE}: title: is empty`],
    ['bad-date.mdx', ARTICLE, `${ARTICLE}: updated: "2026-02-30" is not a real date`],
    ['unknown-source.mdx', ARTICLE, `${ARTICLE}: line 21: footnote [^1] cites unknown source "no-such-source"`],
    ['broken-link.mdx', ARTICLE, `${ARTICLE}: line 15: link "/no-such-page/" points to a page that does not exist`],
    [
      'broken-anchor-other-page.mdx',
      ARTICLE,
      `${ARTICLE}: line 15: link "/second/#no-such-heading" points to #no-such-heading, which does not exist on /second/`,
    ],
    [
      'broken-anchor-same-page.mdx',
      ARTICLE,
      `${ARTICLE}: line 15: link "#less" points to #less, which does not exist on /first/`,
    ],
    ['footnote-without-definition.mdx', ARTICLE, `${ARTICLE}: line 19: footnote [^2] has no definition`],
    [
      'uncited-number.mdx',
      ARTICLE,
      `${ARTICLE}: line 19: states a number or date without a footnote: "The IRS sent 47,000 addresses."`,
    ],
    [
      'duplicate-source.yaml',
      'content/sources/zz-more.yaml',
      'content/sources/zz-more.yaml: source "report" (line 1): id: duplicate source ID (already defined in content/sources/registry.yaml line 10)',
    ],
    [
      'refused-domain.yaml',
      'content/sources/zz-more.yaml',
      'content/sources/zz-more.yaml: source "copied-story" (line 1): url: links scraper.example, a refused domain',
    ],
    [
      'bad-source-date.yaml',
      'content/sources/zz-more.yaml',
      'content/sources/zz-more.yaml: source "dated-wrong" (line 1): date: "2025-13-01" is not a real date',
    ],
  ])('reports %s with the file and the field or line', (malformed, into, expected) => {
    const lines = checkWith(malformed, into);
    expect(
      lines.some((l) => l.startsWith(expected)),
      `got:\n${lines.join('\n')}`,
    ).toBe(true);
  });

  test('reports each problem once and leaves the other files alone', () => {
    const root = copyOfValidFixture();
    const second = readFileSync(join(root, 'content/articles/en/second.mdx'), 'utf8');
    copyFileSync(join(fixtures, 'malformed', 'missing-title.mdx'), join(root, ARTICLE));
    const lines = checkContent(root).map(formatProblem);
    expect(lines).toEqual([`${ARTICLE}: title: is missing`]);
    expect(readFileSync(join(root, 'content/articles/en/second.mdx'), 'utf8')).toBe(second);
  });

  test('a news source may lack a URL; any other kind may not', () => {
    const root = copyOfValidFixture();
    const registry = join(root, 'content/sources/registry.yaml');
    const text = readFileSync(registry, 'utf8').replace('  url: https://www.congress.gov/crs-product/LSB11359\n', '');
    writeFileSync(registry, text);
    expect(checkContent(root).map(formatProblem)).toContain(
      'content/sources/registry.yaml: source "report" (line 10): url: is missing (only news sources may leave it out)',
    );
  });
});
