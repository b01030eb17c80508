import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/content/problem.ts';
import { readCollection } from '../../src/content/collection.ts';
import { searchSpec } from '../../src/content/collections/search.ts';
import { buildSearchIndex } from '../../src/build/search/build-search-index.ts';
import { parseWholeCitation } from '../../src/legal-citation.ts';
import type { SearchLanguage } from '../../src/schemas/search.ts';
import type { SearchData } from '../../src/browser/search/search-data.ts';
import type { SearchSource } from '../../src/schemas/search.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the search content in content/search/', () => {
  const read = readCollection(searchSpec, root);
  const entry = (lang: string) => read.entries.find((e) => e.id === lang)?.data as unknown as SearchLanguage;

  test('passes its schemas, and gives every language an entry', () => {
    expect(read.problems.map(formatProblem)).toEqual([]);
    expect(read.entries.map((e) => e.id)).toEqual(['en', 'es']);
  });

  test('every citation in it can be read by the search', () => {
    for (const target of entry('en').citations.targets)
      expect(parseWholeCitation(target.cite), target.cite).toBeDefined();
  });

  test('has aliases for the words the brief names, in both languages', () => {
    const en = entry('en').aliases.map((group) => group.map((f) => f.toLowerCase()));
    const es = entry('es')
      .aliases.flat()
      .map((f) => f.toLowerCase());
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

  test('keeps, with each link, the file, field and line it is written at', () => {
    expect(entry('en').questions[0].at).toMatch(/^content\/search\/questions\.yaml: en\.\/\S+#\S+ \(line \d+\)$/);
    expect(entry('en').citations.targets[0].at).toMatch(
      /^content\/search\/citations\.yaml: targets\[0\]\.targets\.en \(line \d+\)$/,
    );
    expect(entry('en').questions.length).toBeGreaterThan(10);
  });
});

/** A copy of content/search/ with one file replaced; returns the problem lines. */
function problemsWith(file: string, text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'search-content-'));
  cpSync(join(root, 'content/search'), join(dir, 'content/search'), { recursive: true });
  writeFileSync(join(dir, 'content/search', file), text);
  return readCollection(searchSpec, dir).problems.map(formatProblem);
}

describe('bad search content', () => {
  test.each([
    ['aliases.yaml', 'en:\n  - [ITIN]\n', 'content/search/aliases.yaml: en[0] (line 2): needs at least two forms'],
    ['aliases.yaml', 'fr:\n  - [ITIN, numéro]\n', 'content/search/aliases.yaml: fr (line 2): is not a known field'],
    ['stop-words.yaml', 'en: [the, ""]\n', 'content/search/stop-words.yaml: en[1] (line 1): is empty'],
    [
      'citations.yaml',
      'defaultSection: "6103"\ntargets:\n  - cite: "§ 6103"\n    targets: { en: section-6103 }\n',
      'content/search/citations.yaml: targets[0].targets.en (line 4): must be a link from the site root',
    ],
    ['citations.yaml', 'targets: []\n', 'content/search/citations.yaml: defaultSection (line 1): is missing'],
    [
      'citations.yaml',
      'defaultSection: "6103"\ntargets:\n  - cite: the law\n    targets: { en: /section-6103/ }\n',
      'content/search/citations.yaml: targets[0].cite (line 3): "the law" is not a citation the search can read (write it as "§ 6103(i)(2)" or "Pub. L. 94-455")',
    ],
    [
      'questions.yaml',
      'en:\n  /itin-filers/#what-is-an-itin: []\n',
      'content/search/questions.yaml: en./itin-filers/#what-is-an-itin (line 2): needs at least one question',
    ],
    [
      'questions.yaml',
      'en:\n  /itin-filers/#what-is-an-itin:\n    - ""\n',
      'content/search/questions.yaml: en./itin-filers/#what-is-an-itin[0] (line 3): is empty',
    ],
    [
      'uncovered.yaml',
      'en:\n  - topic: asylum\n    forms: []\n',
      'content/search/uncovered.yaml: en[0].forms (line 3): needs at least one form',
    ],
  ])('%s is reported with its field and line', (file, text, expected) => {
    const lines = problemsWith(file, text);
    expect(
      lines.some((l) => l.startsWith(expected)),
      `got:\n${lines.join('\n')}`,
    ).toBe(true);
  });

  test('every file is optional: without them the search has no aliases, questions or citation fallbacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-content-'));
    mkdirSync(join(dir, 'content/search'), { recursive: true });
    const read = readCollection(searchSpec, dir);
    expect(read.problems).toEqual([]);
    expect(read.entries.find((e) => e.id === 'en')?.data).toMatchObject({ aliases: [], questions: [], stopWords: [] });
  });

  test('a citation must name a section or a public law', () => {
    expect(parseWholeCitation('(i)(2)')).toBeUndefined();
    expect(parseWholeCitation('§ 6103(i)(2) and more')).toBeUndefined();
    expect(parseWholeCitation('§ 6103(i)(2)')).toMatchObject({ section: '6103', path: ['i', '2'] });
  });
});

describe('building the index from a built site', () => {
  /** A built site of three pages and its search source; `change` edits the source first. */
  function site(change: (source: SearchSource) => void = () => undefined): string {
    const dist = join(mkdtempSync(join(tmpdir(), 'search-build-')), 'dist');
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
    const at = (file: string, field: string, line: number) => `content/search/${file}.yaml: ${field} (line ${line})`;
    const source: SearchSource = {
      lang: 'en',
      label: 'English',
      aliases: [['ITIN', 'individual taxpayer identification number']],
      stopWords: ['the'],
      foreignStopWords: ['los'],
      questions: [
        {
          url: '/section-6103/#who-may-ask',
          questions: ['Which agencies can ask?'],
          at: at('questions', 'en./section-6103/#who-may-ask', 2),
        },
      ],
      uncovered: [{ topic: 'asylum', forms: ['asylum'], see: [] }],
      citations: {
        defaultSection: '6103',
        targets: [
          {
            cite: '§ 6103',
            url: '/section-6103/#what-it-says',
            at: at('citations', 'targets[0].targets.en', 4),
          },
        ],
      },
      statute: { url: '/law/6103/', anchors: [] },
      topics: [{ label: 'Section 6103', url: '/section-6103/', kind: 'article' }],
    };
    change(source);
    mkdirSync(join(dist, 'search-source'), { recursive: true });
    writeFileSync(join(dist, 'search-source/en.json'), JSON.stringify(source));
    return dist;
  }

  test('indexes each section of each page, but not home or search pages, and writes the search page’s files', async () => {
    const dist = site();
    // Told once the pages are read, while Pagefind has yet to write: nothing of the bundle exists then.
    const told: boolean[] = [];
    const report = await buildSearchIndex(dist, () => told.push(existsSync(join(dist, 'pagefind/en/pagefind.js'))));
    expect(told).toEqual([false]);
    expect(report).toEqual({ indexes: [{ lang: 'en', pages: 1, sections: 2 }], problems: [] });
    expect(existsSync(join(dist, 'pagefind/en/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/en/pagefind-worker.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/en/pagefind-ui.js'))).toBe(false);
    // The build data for the indexer is not part of the site.
    expect(existsSync(join(dist, 'search-source'))).toBe(false);
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
    expect(data).toMatchObject({
      stopWords: ['the'],
      foreignStopWords: ['los'],
      absent: ['ITIN', 'individual taxpayer identification number'],
    });
    const list = JSON.parse(readFileSync(join(dist, 'pagefind/en/words/c.json'), 'utf8')) as { words: string };
    expect(list.words.split(' ')).toContain('confidential');
    expect(data.lists).toContain('c');
  }, 30_000);

  test('indexes a section’s reader questions with it, as metadata', async () => {
    const dist = site();
    await buildSearchIndex(dist);
    const dir = join(dist, 'pagefind/en/fragment');
    const fragments = readdirSync(dir).map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    const asked = fragments.find((f) => f.includes('Which agencies can ask?'));
    expect(asked).toContain('"questions":"Which agencies can ask?"');
    expect(asked).not.toMatch(/"content":"[^"]*Which agencies/);
    // The reader questions' words are the index's words too.
    const list = JSON.parse(readFileSync(join(dist, 'pagefind/en/words/w.json'), 'utf8')) as { words: string };
    expect(list.words.split(' ')).toContain('which');
  }, 30_000);

  test('reports links to sections the build did not make, with file, field and line', async () => {
    const dist = site((source) => {
      source.citations.targets[0].url = '/section-6103/#no-such-section';
      source.questions[0].url = '/section-6103/#gone';
    });
    const report = await buildSearchIndex(dist);
    expect(report.problems).toEqual([
      'content/search/questions.yaml: en./section-6103/#who-may-ask (line 2): links /section-6103/#gone, which the build did not make',
      'content/search/citations.yaml: targets[0].targets.en (line 4): links /section-6103/#no-such-section, which the build did not make',
    ]);
  }, 30_000);
});
