import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/content/problem.ts';
import { loadSearchContent, parseWholeCitation } from '../../src/content/read-search-content.ts';
import { buildSearchIndex } from '../../src/build/search/build-search-index.ts';
import type { SearchData } from '../../src/browser/search/search-data.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the search content in content/search/', () => {
  const content = loadSearchContent(root);

  test('passes its schemas, and every citation in it can be read', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  test('has aliases for the words the brief names, in both languages', () => {
    const en = (content.aliases.data?.en ?? []).map((group) => group.map((f) => f.toLowerCase()));
    const es = (content.aliases.data?.es ?? []).flat().map((f) => f.toLowerCase());
    for (const [a, b] of [
      ['itin', 'individual taxpayer identification number'],
      ['ice', 'immigration and customs enforcement'],
      ['irs', 'internal revenue service'],
    ]) {
      expect(
        en.some((g) => g.includes(a) && g.includes(b)),
        a,
      ).toBe(true);
    }
    for (const form of [
      'número de identificación personal del contribuyente',
      'declaración de impuestos',
      'servicio de impuestos internos',
    ]) {
      expect(es, form).toContain(form);
    }
  });
});

/** A copy of content/search/ with one file replaced; returns the problem lines. */
function problemsWith(file: string, text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'search-content-'));
  cpSync(join(root, 'content/search'), join(dir, 'content/search'), { recursive: true });
  writeFileSync(join(dir, 'content/search', file), text);
  return loadSearchContent(dir).problems.map(formatProblem);
}

describe('bad search content', () => {
  test.each([
    ['aliases.yaml', 'en:\n  - [ITIN]\n', 'content/search/aliases.yaml: en[0] (line 2): needs at least two forms'],
    ['aliases.yaml', 'fr:\n  - [ITIN, numéro]\n', 'content/search/aliases.yaml: fr (line 2): is not a known field'],
    ['stop-words.yaml', 'en: [the, ""]\n', 'content/search/stop-words.yaml: en[1] (line 1): is empty'],
    [
      'citations.yaml',
      'defaultSection: "6103"\ntargets:\n  - cite: "the law"\n    targets: { en: /section-6103/ }\n',
      'content/search/citations.yaml: targets[0].cite (line 3): "the law" is not a citation the search can read',
    ],
    [
      'citations.yaml',
      'defaultSection: "6103"\ntargets:\n  - cite: "§ 6103"\n    targets: { en: section-6103 }\n',
      'content/search/citations.yaml: targets[0].targets.en (line 4): must be a link from the site root',
    ],
    ['citations.yaml', 'targets: []\n', 'content/search/citations.yaml: defaultSection (line 1): is missing'],
  ])('%s is reported with its field and line', (file, text, expected) => {
    const lines = problemsWith(file, text);
    expect(
      lines.some((l) => l.startsWith(expected)),
      `got:\n${lines.join('\n')}`,
    ).toBe(true);
  });

  test('a citation must name a section or a public law', () => {
    expect(parseWholeCitation('(i)(2)')).toBeUndefined();
    expect(parseWholeCitation('§ 6103(i)(2) and more')).toBeUndefined();
    expect(parseWholeCitation('§ 6103(i)(2)')).toMatchObject({ section: '6103', path: ['i', '2'] });
  });
});

describe('building the index from a built site', () => {
  /** A site root with content/search/ and a dist/ of three pages; `target` is where "§ 6103" leads. */
  function site(target: string): { dir: string; dist: string } {
    const dir = mkdtempSync(join(tmpdir(), 'search-build-'));
    mkdirSync(join(dir, 'content/search'), { recursive: true });
    writeFileSync(
      join(dir, 'content/search/aliases.yaml'),
      'en:\n  - [ITIN, individual taxpayer identification number]\n',
    );
    writeFileSync(join(dir, 'content/search/stop-words.yaml'), 'en: [the]\n');
    writeFileSync(
      join(dir, 'content/search/citations.yaml'),
      `defaultSection: "6103"\ntargets:\n  - cite: "§ 6103"\n    targets: { en: ${target} }\n`,
    );
    const dist = join(dir, 'dist');
    const write = (path: string, main: string) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(
        join(dist, path, 'index.html'),
        `<!doctype html><html lang="en"><body><nav><a href="/">Home</a></nav><main>${main}</main></body></html>`,
      );
    };
    write('', '<h1>Home</h1><p>Links to every article.</p>');
    write(
      'section-6103',
      '<h1>Section 6103</h1><h2 id="what-it-says">What it says</h2><p>Returns are confidential.</p><h2 id="who-may-ask">Who may ask?</h2><p>An agency head.</p>',
    );
    write('search', '<h1>Search</h1><p>Type here.</p>');
    return { dir, dist };
  }

  test('indexes each section of each page, but not home or search pages, and writes the search data', async () => {
    const { dir, dist } = site('/section-6103/#what-it-says');
    const report = await buildSearchIndex(dist, { content: loadSearchContent(dir), glossary: [], statute: [] });
    expect(report).toEqual({ indexes: [{ lang: 'en', pages: 1, sections: 2 }], problems: [] });
    expect(existsSync(join(dist, 'pagefind/en/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/en/pagefind-ui.js'))).toBe(false);
    const data = JSON.parse(readFileSync(join(dist, 'pagefind/en/search-data.json'), 'utf8')) as SearchData;
    expect(data.citations.targets).toEqual([
      {
        cite: { kind: 'code', section: '6103', path: [], explicit: true },
        url: '/section-6103/#what-it-says',
        heading: 'What it says',
        page: 'Section 6103',
        from: 'article',
      },
    ]);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/en/search-words.json'), 'utf8'))).toEqual(
      expect.arrayContaining(['returns', 'confidential', 'agency']),
    );
  }, 30_000);

  test('reports a citation target that the build did not make, with its file and field', async () => {
    const { dir, dist } = site('/section-6103/#no-such-section');
    const report = await buildSearchIndex(dist, { content: loadSearchContent(dir), glossary: [], statute: [] });
    expect(report.problems.map(formatProblem)).toEqual([
      'content/search/citations.yaml: targets[0].targets.en (line 4): links /section-6103/#no-such-section, which the build did not make',
    ]);
  }, 30_000);
});
