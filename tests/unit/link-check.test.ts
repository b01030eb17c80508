import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBuiltLinks, linkProblems } from '../../src/build/link-check.ts';
import { formatProblem } from '../../src/content/problem.ts';

/** A built site of a few pages: path → body. */
function site(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, body] of Object.entries(pages)) {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<!doctype html><html lang="en"><body>${body}</body></html>`);
  }
  return dist;
}

describe('the post-build link check', () => {
  const dist = site({
    '/': '<a href="/a/">A</a> <a href="/a/#x">x</a> <a href="#top">top</a> <a href="/a/#x:~:text=words">fragment</a>',
    '/a/':
      '<h2 id="x">X</h2><a href="#y">same page</a><a href="/missing/">gone</a><a href="https://example.org/#nope">out</a>',
    '/b.json': '{}',
    '/c/':
      '<script>const s = \'<a href="/nowhere/">\';</script><img src="/b.json" alt=""><a href="/b.json">data</a><p id="in">in</p>',
  });

  test('passes links that reach a page and an id there, text fragments, files and #top', () => {
    expect(checkBuiltLinks(dist).filter((b) => b.page !== '/a/')).toEqual([]);
  });

  test('finds a missing page and a missing id, and reads no script text', () => {
    expect(checkBuiltLinks(dist)).toEqual([
      { page: '/a/', href: '#y', reason: '#y does not exist on /a/' },
      { page: '/a/', href: '/missing/', reason: '/missing/ was not built' },
    ]);
  });

  test('names the content file and line that wrote a broken link, else the page', () => {
    const problems = linkProblems(checkBuiltLinks(dist), [
      { file: 'content/articles/en/a.mdx', url: '/missing/', line: 12 },
      { file: 'content/articles/en/b.mdx', url: '/a/', line: 3 },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'dist/a/index.html: page: link "#y" is broken: #y does not exist on /a/ (written by a layout or component)',
      'content/articles/en/a.mdx: line 12: link "/missing/" is broken: /missing/ was not built (on /a/)',
    ]);
  });
});
