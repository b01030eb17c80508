import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMdxBody } from '../../src/content/mdx/parse.ts';
import { safetyProblems } from '../../src/content/mdx/safety.ts';
import { formatProblem } from '../../src/content/problem.ts';
import { allowedElements, registeredComponents } from '../../src/schemas/mdx-allowed.ts';
import { checkAfter } from './fixture-check.ts';

const ARTICLE = 'content/articles/en/first.mdx';
const PAGE = 'content/pages/en/about.mdx';

/** The problem lines after adding `text` as the last paragraph of the fixture's first article (its line 23). */
const withParagraph = (text: string, file = ARTICLE) => checkAfter(file, (t) => `${t}\n${text}\n`);

const expectLine = (lines: string[], expected: string) =>
  expect(
    lines.some((l) => l.startsWith(expected)),
    `expected a line starting\n  ${expected}\ngot:\n  ${lines.join('\n  ')}`,
  ).toBe(true);

describe('content is safe by construction: what is not allowed fails with the file, line and element', () => {
  test.each([
    ['a script', '<script>alert("hi")</script>', '<script> is not allowed in content: content never runs code'],
    [
      'an event handler',
      'Click <span onclick="steal()">here</span>.',
      '<span onclick>: event handlers (on…) are not allowed',
    ],
    ['an SVG with onload', '<svg onload="steal()"></svg>', '<svg> is not allowed in content'],
    ['a style element', '<style>{"body{display:none}"}</style>', '<style> is not allowed in content'],
    [
      'a style attribute',
      'A <span style="color:red">word</span>.',
      '<span style>: the attribute is not allowed (styles live in the site',
    ],
    [
      'an iframe',
      '<iframe src="https://video.example/x"></iframe>',
      '<iframe> is not allowed in content: pages embed nothing',
    ],
    ['an object', '<object data="https://x.example/x.swf"></object>', '<object> is not allowed in content'],
    ['an embed', '<embed src="https://x.example/x" />', '<embed> is not allowed in content'],
    [
      'an HTML image from another origin',
      '<img src="https://tracker.example/p.gif" alt="" />',
      '<img> is not allowed in content',
    ],
    [
      'a Markdown image from another origin',
      '![pixel](https://tracker.example/p.gif)',
      'image: "https://tracker.example/p.gif" loads from another origin',
    ],
    ['a video', '<video src="/v.mp4"></video>', '<video> is not allowed in content: pages load no media'],
    [
      'an HTML javascript: link',
      '<a href="javascript:alert(1)">x</a>',
      '<a href>: "javascript:" URLs are not allowed (they run code)',
    ],
    [
      'a javascript: link hidden by a character reference',
      '<a href="java&#x09;script:alert(1)">x</a>',
      '<a href>: "javascript:" URLs are not allowed',
    ],
    ['a Markdown javascript: link in capitals', '[x](JavaScript:alert(1))', 'link: "javascript:" URLs are not allowed'],
    ['a Markdown data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'link: "data:" URLs are not allowed'],
    ['a vbscript: link', '[x](vbscript:msgbox)', 'link: "vbscript:" URLs are not allowed'],
    [
      'a plain http link',
      '<a href="http://www.irs.gov/">IRS</a>',
      '<a href>: "http://www.irs.gov/" is plain http://; link the https:// address',
    ],
    [
      'a bare www. address, which GFM links over http',
      'See www.irs.gov for forms.',
      '"www.irs.gov" becomes a plain http:// link',
    ],
    ['a relative Markdown link', '[up](../second/)', 'link: "../second/" is a relative address'],
    ['a relative HTML link', '<a href="second/">x</a>', '<a href>: "second/" is a relative address'],
    ['a protocol-relative link', '[x](//evil.example/)', 'link: "//evil.example/" is protocol-relative'],
    ['an unknown rel word', '<a href="https://www.irs.gov/" rel="opener">x</a>', '<a rel>: "opener" is not allowed'],
    [
      'a quotation source that is a data: URL',
      '<q cite="data:text/html,x">words</q>',
      '<q cite>: "data:" URLs are not allowed',
    ],
    [
      'an element that is not on the list',
      '<div>boxed</div>',
      '<div> is not an element content may use (allowed: a, abbr',
    ],
    [
      'a class attribute',
      '<span class="big">x</span>',
      '<span class>: the attribute is not allowed (layout belongs to components)',
    ],
    [
      'a lang attribute that is no language',
      '<span lang="english">x</span>',
      '<span lang>: "english" is not a language code',
    ],
    [
      'an attribute written as an expression',
      '<span title={"x"}>x</span>',
      '<span title>: write the value as plain text in quotes',
    ],
    ['a spread attribute', '<span {...props}>x</span>', '<span {...props}>: spread attributes are not allowed'],
    [
      'an expression that reads the build machine',
      'Home: {process.env.HOME}',
      '"{process.env.HOME}": MDX expressions are not allowed in content',
    ],
    ['a block expression', '{1 + 1}', '"{1 + 1}": MDX expressions are not allowed'],
    [
      'an import of build-time code',
      "import fs from 'node:fs'",
      'imports "node:fs": content may import only the registered components',
    ],
    ['an export', 'export const title = "x"', '"export const title = "x"": export is not allowed in content'],
    ['a component that is not registered', '<Citation id="statute" />', '<Citation> is not a registered component'],
    ['a fragment', '<>words</>', 'a fragment <>…</> is not allowed'],
  ])('refuses %s', (_name, text, message) => {
    expectLine(withParagraph(text), `${ARTICLE}: line 23: ${message}`);
  });

  test('allows the listed HTML with its attributes, comments and heading id markers', () => {
    const lines = checkAfter(
      ARTICLE,
      (t) =>
        `${t.replace('## More', '## More {/* #more */}')}\n{/* a note for writers */}\n\n<blockquote lang="en" cite="https://www.law.cornell.edu/uscode/text/26/6103">\n*<span lang="en">"shall be confidential"</span>*, <abbr title="Internal Revenue Service">IRS</abbr>, <q cite="/law/6103/">q</q>, <sup>2</sup><br /><a href="https://www.irs.gov/" hreflang="en" rel="noopener">IRS</a> <a href="/second/">second</a> <a href="mailto:help@example.org">mail</a> <time datetime="2026-01-01">then</time>.[^1]\n</blockquote>\n`,
    );
    expect(lines).toEqual([]);
  });

  test('HTML links and quotation sources go to the later checks with their lines, as Markdown links do', () => {
    const { links } = safetyProblems(
      ARTICLE,
      parseMdxBody('[md](/second/)\n\n<a href="/no-such-page/">html</a> <q cite="https://www.irs.gov/">q</q>\n').tree!,
    );
    // The post-build link check names the file and line of a site link that leads nowhere.
    expect(links).toEqual([
      { file: ARTICLE, url: '/second/', line: 1 },
      { file: ARTICLE, url: '/no-such-page/', line: 3 },
      { file: ARTICLE, url: 'https://www.irs.gov/', line: 3 },
    ]);
  });

  test('an About page is held to the same rules', () => {
    expectLine(withParagraph('<script>x</script>', PAGE), `${PAGE}: line 14: <script> is not allowed in content`);
  });

  test('an HTML link to a refused domain is refused like a Markdown one, whatever its case or trailing dot', () => {
    expectLine(
      withParagraph('<a href="https://News.Scraper.Example./story">copy</a>'),
      `${ARTICLE}: line 23: links scraper.example, a refused domain`,
    );
  });

  test('each problem is reported once: a refused element is not also reported for its attributes', () => {
    const lines = withParagraph('<iframe src="javascript:x" onload="y"></iframe>');
    expect(lines.filter((l) => l.includes('line 23'))).toEqual([
      `${ARTICLE}: line 23: <iframe> is not allowed in content: pages embed nothing from elsewhere`,
    ]);
  });
});

describe('registered components', () => {
  const components = { CaseStatus: { attributes: ['id', 'lang'], renders: 'a case status line' } };
  const check = (body: string) =>
    safetyProblems('content/articles/en/x.mdx', parseMdxBody(body).tree!, components).problems.map(formatProblem);

  test('may be imported from ~/components/ under their own name and used with plain attributes', () => {
    expect(
      check('import CaseStatus from \'~/components/CaseStatus.astro\'\n\n<CaseStatus id="a" lang="en" />\n'),
    ).toEqual([]);
  });

  test('must be imported before use, under their own name, with plain attributes they take', () => {
    expect(check('<CaseStatus id="a" />')).toEqual([
      "content/articles/en/x.mdx: line 1: <CaseStatus> is used but not imported (add: import CaseStatus from '~/components/CaseStatus.astro')",
    ]);
    expect(check("import Status from '~/components/CaseStatus.astro'")).toEqual([
      "content/articles/en/x.mdx: line 1: write the import as: import CaseStatus from '~/components/CaseStatus.astro'",
    ]);
    expect(
      check('import CaseStatus from \'~/components/CaseStatus.astro\'\n\n<CaseStatus id={x} style="a" />'),
    ).toEqual([
      'content/articles/en/x.mdx: line 3: <CaseStatus id>: write the value as plain text in quotes (no {expressions})',
      "content/articles/en/x.mdx: line 3: <CaseStatus style>: the attribute is not allowed (styles live in the site's CSS)",
    ]);
  });

  test('a component file that is not registered cannot be imported', () => {
    expect(check("import SiteHeader from '~/components/SiteHeader.astro'")).toEqual([
      'content/articles/en/x.mdx: line 1: imports "~/components/SiteHeader.astro": content may import only the registered components (CaseStatus), as import Name from \'~/components/Name.astro\'',
    ]);
  });

  test('every registered component exists in src/components/, and no HTML element shares a component name', () => {
    const files = new Set(readdirSync(join(import.meta.dirname, '../../src/components')));
    for (const name of Object.keys(registeredComponents)) expect(files, name).toContain(`${name}.astro`);
    for (const name of Object.keys(allowedElements)) expect(name).toMatch(/^[a-z]+$/);
  });
});
