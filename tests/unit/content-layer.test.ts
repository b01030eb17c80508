import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, readContent } from '../../src/content/check.ts';
import { missingTwins } from '../../src/content/notices.ts';
import { checkAfter, checkWith, copyOfValidFixture, fixtures } from './fixture-check.ts';

const ARTICLE = 'content/articles/en/first.mdx';
const TIMELINE = 'content/timeline.yaml';
const GLOSSARY = 'content/glossary.yaml';
const STATUTE = 'content/statute/6103.yaml';
const MORE = 'content/sources/zz-more.yaml';

const expectLine = (lines: string[], expected: string) =>
  expect(
    lines.some((l) => l.startsWith(expected)),
    `expected a line starting\n  ${expected}\ngot:\n  ${lines.join('\n  ')}`,
  ).toBe(true);

describe('the content layer', () => {
  test('passes the valid fixture, which has articles, sources, a statute, a timeline, a glossary and an About page', () => {
    expect(checkContent(join(fixtures, 'valid')).map(formatProblem)).toEqual([]);
  });

  test.each([
    ['missing-title.mdx', ARTICLE, `${ARTICLE}: title (line 2): is missing`],
    ['empty-title.mdx', ARTICLE, `${ARTICLE}: title (line 2): is empty`],
    ['bad-date.mdx', ARTICLE, `${ARTICLE}: updated (line 7): "2026-02-30" is not a real date`],
    ['unknown-source.mdx', ARTICLE, `${ARTICLE}: line 21: cites unknown source "no-such-source"`],
    ['footnote-without-definition.mdx', ARTICLE, `${ARTICLE}: line 19: footnote [^2] has no definition`],
    [
      'uncited-number.mdx',
      ARTICLE,
      `${ARTICLE}: line 19: states a number or date without a footnote: "The IRS sent 47,000 addresses."`,
    ],
    [
      'duplicate-source.yaml',
      MORE,
      `${MORE}: [0] "report": id (line 1): duplicate source ID (already defined in content/sources/registry.yaml line 10)`,
    ],
    ['refused-domain.yaml', MORE, `${MORE}: [0] "copied-story": url (line 5): links scraper.example, a refused domain`],
    ['bad-source-date.yaml', MORE, `${MORE}: [0] "dated-wrong": date (line 4): "2025-13-01" is not a real date`],
    [
      'timeline-unknown-source.yaml',
      TIMELINE,
      `${TIMELINE}: events[1] "unsourced": sources[1] (line 12): cites unknown source "no-such-source"`,
    ],
    [
      'timeline-before-first-era.yaml',
      TIMELINE,
      `${TIMELINE}: events[0] "too-early": date (line 5): 1924 is before the first era (1976-10-04)`,
    ],
    [
      'glossary-unknown-source.yaml',
      GLOSSARY,
      `${GLOSSARY}: [1] "stay": sources[0] (line 8): cites unknown source "no-such-source"`,
    ],
    [
      'glossary-duplicate-term.yaml',
      GLOSSARY,
      `${GLOSSARY}: [1] "return": id (line 5): anchor "return" is used by an earlier term`,
    ],
    [
      'statute-unknown-source.yaml',
      STATUTE,
      `${STATUTE}: provisions[0] "a": source (line 15): cites unknown source "no-such-source"`,
    ],
    [
      'statute-no-words.yaml',
      STATUTE,
      `${STATUTE}: provisions[0] "a": text (line 10): is missing: give the exact words (text) or a labelled summary`,
    ],
    [
      'statute-duplicate-anchor.yaml',
      'content/statute/7213.yaml',
      'content/statute/7213.yaml: provisions[0] "i-2-A": id (line 10): anchor "i-2-A" is already used by content/statute/6103.yaml',
    ],
  ])('reports %s with the file and the field or line', (malformed, into, expected) => {
    expectLine(checkWith(malformed, into), expected);
  });

  test('reports each problem once and leaves every file as it was', () => {
    const root = copyOfValidFixture();
    const second = readFileSync(join(root, 'content/articles/en/second.mdx'), 'utf8');
    copyFileSync(join(fixtures, 'malformed', 'missing-title.mdx'), join(root, ARTICLE));
    expect(checkContent(root).map(formatProblem)).toEqual([`${ARTICLE}: title (line 2): is missing`]);
    expect(readFileSync(join(root, 'content/articles/en/second.mdx'), 'utf8')).toBe(second);
  });

  test('a news source may lack a URL; any other kind may not', () => {
    const lines = checkAfter('content/sources/registry.yaml', (t) =>
      t.replace(
        / {2}url: https:\/\/www\.congress\.gov\/crs-product\/LSB11359\n {2}urlFound: \w+\n {2}urlChecked: [\d-]+\n/,
        '',
      ),
    );
    expectLine(
      lines,
      'content/sources/registry.yaml: [1] "report": url (line 10): is missing (only news sources may leave it out)',
    );
  });
});

describe('strict frontmatter and data', () => {
  test('an unknown frontmatter key is refused, with the nearest known key suggested', () => {
    expectLine(
      checkAfter(ARTICLE, (t) => t.replace('updated:', 'updatd:')),
      `${ARTICLE}: updatd (line 7): is not a known field (did you mean "updated"?)`,
    );
  });

  test('a slug key cannot move an article: the address is the file name', () => {
    expectLine(
      checkAfter(ARTICLE, (t) => t.replace('lang: en', 'lang: en\nslug: elsewhere')),
      `${ARTICLE}: slug (line 10): is not a known field`,
    );
  });

  test('an unknown field in a data file is refused too', () => {
    expectLine(
      checkAfter(GLOSSARY, (t) => t.replace('definition:', 'defintion:')),
      `${GLOSSARY}: [0] "return": defintion`,
    );
  });

  test('the refused-domain list must be a list of {domain, reason}: a plain list of names refuses nothing, so it fails', () => {
    expectLine(
      checkAfter('content/refused-domains.yaml', '- scraper.example\n'),
      'content/refused-domains.yaml: [0] (line 1): ',
    );
  });

  test('a refused domain matches whatever its case, a trailing dot or "www."', () => {
    for (const url of ['https://WWW.Scraper.Example./story', 'https://news.scraper.example/x']) {
      const lines = checkAfter(
        'content/sources/zz-more.yaml',
        `- id: copy\n  title: "A copy"\n  issuer: "Someone"\n  date: 2025\n  url: ${url}\n  urlFound: seen\n  urlChecked: 2026-12-01\n  kind: news\n  primary: false\n`,
      );
      expectLine(lines, `${MORE}: [0] "copy": url (line 5): links scraper.example, a refused domain`);
    }
  });

  test('a refused domain matches an international name however it is written (Unicode or punycode)', () => {
    const source = (url: string) =>
      `- id: copy\n  title: "A copy"\n  issuer: "Someone"\n  date: 2025\n  url: ${url}\n  urlFound: seen\n  urlChecked: 2026-12-01\n  kind: news\n  primary: false\n`;
    for (const [listed, url] of [
      ['bücher.example', 'https://BÜCHER.example./x'],
      ['bücher.example', 'https://www.xn--bcher-kva.example/x'],
      ['xn--bcher-kva.example', 'https://bücher.example/x'],
    ]) {
      const root = copyOfValidFixture();
      writeFileSync(
        join(root, 'content/refused-domains.yaml'),
        `- { domain: "${listed}", reason: "copies stories" }\n`,
      );
      writeFileSync(join(root, MORE), source(url));
      expectLine(
        checkContent(root).map(formatProblem),
        `${MORE}: [0] "copy": url (line 5): links xn--bcher-kva.example, a refused domain (copies stories)`,
      );
    }
  });

  test('an exception with a reason too short to explain anything is refused', () => {
    expectLine(
      checkAfter('content/uncited-number-exceptions.yaml', `- file: ${ARTICLE}\n  contains: "1976"\n  reason: "ok"\n`),
      'content/uncited-number-exceptions.yaml: [0].reason (line 3): must say why no footnote is needed',
    );
  });

  test('an exception to the footnote rule needs a reason', () => {
    expectLine(
      checkAfter('content/uncited-number-exceptions.yaml', `- file: ${ARTICLE}\n  contains: "1976"\n`),
      'content/uncited-number-exceptions.yaml: [0].reason (line 1): is missing',
    );
  });
});

describe('one URL model: the file name is the address', () => {
  test.each([
    [
      'content/articles/en/sub/x.mdx',
      'is not where pages go (expected content/articles/<language>/<name>.mdx, with no sub-folders)',
    ],
    ['content/articles/en/notes.md', 'is Markdown (.md): pages are MDX'],
    ['content/articles/en/My Article.mdx', '"My Article" cannot be an address'],
    ['content/articles/fr/article.mdx', '"fr" is not a language of this site'],
    ['content/pages/es/privacidad.mdx', 'would never be built: the site builds only about.mdx from content/pages/'],
  ])('%s is refused, not skipped', (file, message) => {
    expectLine(checkAfter(file, '---\ntitle: x\n---\n'), `${file}: file: ${message}`);
  });

  test('entry ids are "<lang>/<file name>", which is all the routes use', () => {
    const ids = [...readContent(join(fixtures, 'valid')).entries.get('articles')!.keys()];
    expect(ids.sort()).toEqual(['en/first', 'en/second']);
  });
});

describe('footnotes, citations and headings', () => {
  test('a footnote label defined twice is reported, not silently dropped', () => {
    expectLine(
      checkAfter(ARTICLE, (t) => `${t}[^1]: [@statute]\n`),
      `${ARTICLE}: line 22: footnote [^1] is defined twice (first on line 21)`,
    );
  });

  test('an unclosed [@id is reported', () => {
    expectLine(
      checkAfter(ARTICLE, (t) => t.replace('[@wire-story].', '[@wire-story.')),
      `${ARTICLE}: line 21: footnote [^1] has "[@wire-story."`,
    );
  });

  test('a citation outside a footnote is reported', () => {
    expectLine(
      checkAfter(ARTICLE, (t) => t.replace('Plain words, no numbers.', 'Plain words [@statute].')),
      `${ARTICLE}: line 19: cites a source outside a footnote`,
    );
  });

  test('a heading with no words is reported (it would get an empty id)', () => {
    expectLine(
      checkAfter(ARTICLE, (t) => t.replace('## More', '## ?!')),
      `${ARTICLE}: line 17: heading has no words`,
    );
  });

  test('two headings may not fix the same id', () => {
    const lines = checkAfter(ARTICLE, (t) =>
      t.replace('## The rule', '## The rule {/* #same */}').replace('## More', '## More {/* #same */}'),
    );
    expectLine(lines, `${ARTICLE}: line 17: heading id "same" is already used on line 13`);
  });

  test('an id marker may not repeat the id another heading gets from its words', () => {
    const lines = checkAfter(ARTICLE, (t) => t.replace('## More', '## More {/* #the-rule */}'));
    expectLine(lines, `${ARTICLE}: line 17: heading id "the-rule" is already used on line 13`);
  });

  test('a mistyped id marker is reported', () => {
    expectLine(
      checkAfter(ARTICLE, (t) => t.replace('## More', '## More {/* #no spaces */}')),
      `${ARTICLE}: line 17: "{/* #no spaces */}" is not a valid id marker`,
    );
  });
});

describe('translations of data files', () => {
  const overlay = '- id: return\n  term: "Declaración"\n  definition: "Un formulario de impuestos."\n';

  test('a term missing from the translation is reported', () => {
    expectLine(
      checkAfter('content/glossary.es.yaml', overlay),
      'content/glossary.es.yaml: file (line 1): has no translation of term "itin"',
    );
  });

  test('a translated term that the English file does not have is reported', () => {
    const lines = checkAfter(
      'content/glossary.es.yaml',
      `${overlay}- id: itin\n  term: ITIN\n  definition: "Un número."\n- id: nope\n  term: x\n  definition: y\n`,
    );
    expectLine(lines, 'content/glossary.es.yaml: [2] "nope": id (line 7): "nope" is not a term of the English file');
  });

  test('a complete translation adds entries in that language with the English sources', () => {
    const root = copyOfValidFixture();
    writeFileSync(
      join(root, 'content/glossary.es.yaml'),
      `${overlay}- id: itin\n  term: ITIN\n  definition: "Un número."\n`,
    );
    const report = readContent(root);
    const es = report.entries.get('glossary')!.get('es/return')!.data as { term: string; sources: string[] };
    const en = report.entries.get('glossary')!.get('en/return')!.data as { sources: string[] };
    expect(es.term).toBe('Declaración');
    expect(es.sources).toEqual(en.sources);
  });
});

describe('pages without a twin', () => {
  test('are listed, not failed on', () => {
    const root = copyOfValidFixture();
    expect(checkContent(root)).toEqual([]);
    expect(missingTwins(readContent(root))).toEqual([
      'no es twin: content/articles/en/first.mdx (translation key first)',
      'no es twin: content/articles/en/second.mdx (translation key second)',
      'no es twin: content/pages/en/about.mdx (translation key about)',
    ]);
  });
});
