import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { byDate, dateSortKey, eraOf, groupByEra, latestEvents } from '../../src/render/timeline.ts';
import { citedInIndex } from '../../src/render/cited-in.ts';
import { analyzeBody } from '../../src/content/mdx/analyze.ts';
import { linkLabel } from '../../src/render/link-labels.ts';
import { sourcesByKind, statuteAnchors } from '../../src/render/reference-pages.ts';
import { referencePath } from '../../src/paths.ts';
import { statuteSectionSchema, statuteLineSchema } from '../../src/schemas/statute.ts';
import { timelineEventSchema } from '../../src/schemas/timeline.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import type { Source } from '../../src/schemas/source.ts';

const markdown = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

describe('timeline helpers', () => {
  const eras = [
    { id: '1862-1976', from: '1862' },
    { id: '1976-2024', from: '1976-10-04' },
    { id: '2025', from: '2025' },
  ];

  test('a partial date sorts before the days it contains', () => {
    expect(dateSortKey('2025')).toBe('2025-00-00');
    expect(byDate([{ date: '2025-08-07' }, { date: '2025-08' }, { date: '2025' }]).map((e) => e.date)).toEqual([
      '2025',
      '2025-08',
      '2025-08-07',
    ]);
  });

  test('an event belongs to the last era that starts on or before it', () => {
    expect(eraOf(eras, '1976-04-23')?.id).toBe('1862-1976');
    expect(eraOf(eras, '1976-10-04')?.id).toBe('1976-2024');
    expect(eraOf(eras, '2025-02')?.id).toBe('2025');
    expect(eraOf(eras, '1861')).toBeUndefined();
  });

  test('groups events by era, oldest first, and keeps empty eras', () => {
    const groups = groupByEra(eras, [{ date: '2025-08-07' }, { date: '1924' }, { date: '2025-04-07' }]);
    expect(groups.map((g) => [g.era.id, g.events.map((e) => e.date)])).toEqual([
      ['1862-1976', ['1924']],
      ['1976-2024', []],
      ['2025', ['2025-04-07', '2025-08-07']],
    ]);
  });

  test('the latest events come newest first', () => {
    expect(
      latestEvents([{ date: '2026-02-26' }, { date: '2026-06-08' }, { date: '1976' }, { date: '2026-06' }], 3).map(
        (e) => e.date,
      ),
    ).toEqual(['2026-06-08', '2026-06', '2026-02-26']);
  });
});

describe('cited in', () => {
  const tree = markdown(
    [
      'Opening fact.[^1]',
      '',
      '## What the law says',
      '',
      'A fact.[^2] Another.[^1]',
      '',
      '### A detail',
      '',
      'Under an h3, still the h2 above.[^3]',
      '',
      '## What the law says',
      '',
      'The same heading twice gets a numbered id.[^2]',
      '',
      '[^1]: [@statute]',
      '[^2]: [@statute]; [@report]',
      '[^3]: [@report], p. 2.',
    ].join('\n'),
  );
  const { facts } = analyzeBody('a.mdx', tree);
  // What the build makes of those headings: its ids, typographic quotes, and the footnotes' own heading.
  const built = [
    { depth: 2, slug: 'what-the-law-says', text: 'What the law says' },
    { depth: 3, slug: 'a-detail', text: 'A detail' },
    { depth: 2, slug: 'what-the-law-says-1', text: 'What the law says' },
    { depth: 2, slug: 'footnote-label', text: 'Sources' },
  ];

  test('names the nearest h2 before each footnote reference, each source and section once', () => {
    expect(facts.citations).toEqual([
      { section: null, sources: ['statute'] },
      { section: 0, sources: ['statute', 'report'] },
      { section: 2, sources: ['statute', 'report'] },
    ]);
  });

  test('links each citing section by the id the build gave it, across articles in order', () => {
    const other = analyzeBody('b.mdx', markdown("## Who's asking?\n\nFact.[^1]\n\n[^1]: [@report]")).facts;
    const index = citedInIndex([
      { path: '/a/', title: 'A', facts, headings: built },
      { path: '/b/', title: 'B', facts: other, headings: [{ depth: 2, slug: 'whos-asking', text: 'Who’s asking?' }] },
    ]);
    expect(index.get('report')?.map((c) => `${c.path}#${c.sectionId}`)).toEqual([
      '/a/#what-the-law-says',
      '/a/#what-the-law-says-1',
      '/b/#whos-asking',
    ]);
    expect(index.get('statute')?.[0]).toEqual({
      path: '/a/',
      articleTitle: 'A',
      sectionId: undefined,
      sectionTitle: undefined,
    });
    expect(index.has('nobody-cites-me')).toBe(false);
  });
});

describe('link labels', () => {
  const targets = new Map([
    [
      '/irs-ice-agreement/',
      { title: 'The agreement', anchors: new Map([['the-june-2025-request', 'The June 2025 request']]) },
    ],
  ]);

  test('name an article section by article and heading, and a page by its title', () => {
    expect(linkLabel('/irs-ice-agreement/#the-june-2025-request', targets)).toBe(
      'The agreement: The June 2025 request',
    );
    expect(linkLabel('/irs-ice-agreement/', targets)).toBe('The agreement');
    expect(linkLabel('/nowhere/', targets)).toBeUndefined();
  });
});

describe('reference pages', () => {
  test('have stable paths in every language, under the language prefix', () => {
    expect(referencePath('en', 'statute')).toBe('/law/6103/');
    expect(referencePath('en', 'sources')).toBe('/sources/');
    expect(referencePath('es', 'timeline')).toBe('/es/timeline/');
  });

  const source = (id: string, kind: Source['kind'], primary: boolean, title = id): Source => ({
    id,
    title,
    issuer: 'I',
    date: '2026',
    url: 'https://example.org/',
    kind,
    primary,
  });

  test('group sources in the kind order of the schema, primary first, then by title', () => {
    const groups = sourcesByKind([
      source('n2', 'news', false, 'B'),
      source('s', 'statute', true),
      source('n1', 'news', false, 'A'),
      source('n0', 'news', true, 'Z'),
    ]);
    expect(groups.map((g) => [g.kind, g.sources.map((s) => s.id)])).toEqual([
      ['statute', ['s']],
      ['news', ['n0', 'n1', 'n2']],
    ]);
  });
});

describe('reference schemas', () => {
  const section = {
    id: 's6103',
    number: '6103',
    title: 'T',
    order: 1,
    version: 'V',
    source: 'statute',
    official: 'statute',
    intro: 'I',
    provisions: [
      {
        id: 'i-2',
        cite: '§ 6103(i)(2)',
        heading: 'H',
        note: 'N',
        parts: [{ id: 'i-2-A', cite: 'c', heading: 'h', text: ['Words—', { indent: 1, text: '(i) more' }], note: 'n' }],
      },
    ],
  };

  test('a statute line is plain text or text with an indent, and anchors come out in page order', () => {
    expect(statuteLineSchema.parse('Words')).toEqual({ text: 'Words', indent: 0 });
    const parsed = statuteSectionSchema.parse(section);
    expect(parsed.provisions[0].parts[0].text).toEqual([
      { text: 'Words—', indent: 0 },
      { text: '(i) more', indent: 1 },
    ]);
    expect(statuteAnchors([parsed])).toEqual(['s6103', 'i-2', 'i-2-A']);
  });

  test('a provision needs the exact words, a labelled summary or parts; an anchor must be link-safe', () => {
    const bare = { ...section, provisions: [{ id: 'a', cite: 'c', heading: 'h', note: 'n' }] };
    expect(statuteSectionSchema.safeParse(bare).error?.issues[0].message).toBe(
      'is missing: give the exact words (text) or a labelled summary',
    );
    const spaced = { ...section, id: 's 6103' };
    expect(statuteSectionSchema.safeParse(spaced).error?.issues[0].message).toMatch(/becomes a #link/);
  });

  test('a timeline event needs a real date, a source and a link from the site root', () => {
    const event = { id: 'e', date: '2025-08-07', text: 'T', sources: ['s'], link: '/a/#b' };
    expect(timelineEventSchema.safeParse(event).success).toBe(true);
    expect(timelineEventSchema.safeParse({ ...event, date: '2025-02-30' }).success).toBe(false);
    expect(timelineEventSchema.safeParse({ ...event, sources: [] }).error?.issues[0].message).toBe(
      'needs at least one source ID',
    );
    expect(timelineEventSchema.safeParse({ ...event, link: 'irs-ice-agreement/' }).error?.issues[0].message).toMatch(
      /from the site root/,
    );
  });

  test('a glossary definition stays short and names a source', () => {
    const term = { id: 'itin', term: 'ITIN', definition: 'A tax number.', sources: ['s'] };
    expect(glossaryTermSchema.parse(term).also).toEqual([]);
    expect(glossaryTermSchema.safeParse({ ...term, definition: 'x'.repeat(361) }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...term, sources: [] }).success).toBe(false);
  });
});
