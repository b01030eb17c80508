import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/content/check/index.ts';
import { loadCases } from '../../src/content/read-cases.ts';
import { loadTimeline } from '../../src/content/read-reference-data.ts';
import { localizeEvents, courtAndNumber, textLangAttr } from '../../src/render/case-text.ts';
import { site } from '../../src/site.ts';
import { copyOfValidFixture, fixtures } from './fixture-check.ts';

const CASES = 'content/cases.yaml';
const root = join(import.meta.dirname, '..', '..');

/** The content check's lines for a copy of the valid fixture after `edit` changes its files. */
function problemsAfter(edit: (root: string) => void): string[] {
  const copy = copyOfValidFixture();
  edit(copy);
  return checkContent(copy).map(formatProblem);
}
/** Replaces `from` with `to` in one file of a fixture copy; fails loudly if `from` is not there. */
function replaceIn(copy: string, file: string, from: string, to: string): void {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

describe('the case data', () => {
  test('the real case data loads, in every language, with one overall status per language', () => {
    const loaded = loadCases(root);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    const ids = loaded.file!.data!.cases.map((c) => c.id);
    expect(ids).toContain('dc-circuit-26-5006');
    expect(loaded.cases.filter((c) => c.lang === 'en').map((c) => c.id)).toEqual(ids);
    expect(loaded.cases.filter((c) => c.lang === 'es').map((c) => c.id)).toEqual(ids);
    expect(loaded.status.map((s) => s.lang)).toEqual(['en', 'es']);
  });

  test('no status in the real data is dated after the research cut-off', () => {
    const data = loadCases(root).file!.data!;
    const days = [data.status.asOf, ...data.cases.map((c) => c.asOf)].map((d) => d.toISOString().slice(0, 10));
    expect(days.every((d) => d <= site.researchCutoff)).toBe(true);
  });

  test('the Centro district-court docket, marked "not verified" in the fact base, is not stated', () => {
    const centro = loadCases(root).file!.data!.cases.find((c) => c.id === 'ddc-centro')!;
    expect(centro.docket).toBeUndefined();
    expect(readFileSync(join(root, CASES), 'utf8')).not.toMatch(/docket: .*00677/);
  });

  test('the valid fixture, with a case and its appeal, passes the content check', () => {
    expect(checkContent(join(fixtures, 'valid')).map(formatProblem)).toEqual([]);
  });

  test.each([
    [
      'a ruling citing a source that is not in the registry',
      (r: string) =>
        replaceIn(
          r,
          CASES,
          'text: "Judge One stays the policy."\n        sources: [report]',
          'text: "Judge One stays the policy."\n        sources: [no-such-source]',
        ),
      `${CASES}: cases[0] "ddc-25-cv-00001": rulings[0] "stayed": sources[0] (line 19): cites unknown source "no-such-source" (not in content/sources/)`,
    ],
    [
      'a status dated after the research cut-off',
      (r: string) =>
        replaceIn(
          r,
          CASES,
          'status: "we found no decision on the appeal"\n    asOf: 2026-06-08',
          'status: "we found no decision on the appeal"\n    asOf: 2026-11-30',
        ),
      `${CASES}: cases[1] "dc-circuit-26-0001": asOf (line 32): 2026-11-30 is after the research cut-off (2026-06-08); a status cannot be newer than its sources`,
    ],
    [
      'a status older than a ruling it reports',
      (r: string) =>
        replaceIn(
          r,
          CASES,
          'the stay had been lifted"\n    asOf: 2026-06-08',
          'the stay had been lifted"\n    asOf: 2025-11-01',
        ),
      `${CASES}: cases[0] "ddc-25-cv-00001": asOf (line 22): 2025-11-01 is before the ruling "stayed" of 2025-11-21: the status would be older than what it reports`,
    ],
    [
      'an appeal of a case that is not listed above it',
      (r: string) => replaceIn(r, CASES, 'appealOf: ddc-25-cv-00001', 'appealOf: ddc-25-cv-99999'),
      `${CASES}: cases[1] "dc-circuit-26-0001": appealOf (line 30): "ddc-25-cv-99999" is not a case listed above this one (list each appeal after the case it appeals)`,
    ],
    [
      'a status written as a whole sentence',
      (r: string) =>
        replaceIn(r, CASES, '"we found no decision on the appeal"', '"We found no decision on the appeal."'),
      `${CASES}: cases[1] "dc-circuit-26-0001": status (line 31): must not end with a full stop: the page adds the date before it and ends the sentence`,
    ],
    [
      'a case without sources',
      (r: string) => replaceIn(r, CASES, '    sources: [report]\n    link: /second/', '    link: /second/'),
      `${CASES}: cases[1] "dc-circuit-26-0001": sources (line 25): is missing`,
    ],
    [
      'a link to a section that does not exist',
      (r: string) => replaceIn(r, CASES, 'link: /second/', 'link: /second/#no-such-section'),
      `${CASES}: line 34: link "/second/#no-such-section" points to #no-such-section, which does not exist on /second/`,
    ],
    [
      'an overlay that sets a field that is not text',
      (r: string) =>
        writeFileSync(
          join(r, 'content/cases.es.yaml'),
          'cases:\n  - id: dc-circuit-26-0001\n    court: "Tribunal"\n    docket: "No. 1"\n    status: "no encontramos"\n',
        ),
      'content/cases.es.yaml: cases[0] (line 2): has "docket", not a text field: dates, dockets and sources are set once, in content/cases.yaml',
    ],
    [
      'an overlay naming a case the English file does not have',
      (r: string) =>
        writeFileSync(
          join(r, 'content/cases.es.yaml'),
          'cases:\n  - id: no-such-case\n    court: "Tribunal"\n    status: "no encontramos"\n',
        ),
      'content/cases.es.yaml: cases[0] "no-such-case": id (line 2): "no-such-case" is not a case in content/cases.yaml',
    ],
    [
      'an article naming a case that does not exist',
      (r: string) =>
        replaceIn(
          r,
          'content/articles/en/first.mdx',
          'Plain words, no numbers.',
          'Plain words. <CaseStatus id="no-such-case" lang="en" />',
        ),
      'content/articles/en/first.mdx: line 19: <CaseStatus id="no-such-case"> names no case in content/cases.yaml (cases: ddc-25-cv-00001, dc-circuit-26-0001)',
    ],
  ])('reports %s on one line naming the file and field', (_what, edit, line) => {
    expect(problemsAfter(edit)).toEqual([line]);
  });
});

describe('timeline events taken from rulings', () => {
  const withRulingEvent = (event: string) => (r: string) =>
    replaceIn(r, 'content/timeline.yaml', '  - id: later-report', `${event}\n  - id: later-report`);

  test('get their date, text, sources and link from the ruling', () => {
    const copy = copyOfValidFixture();
    withRulingEvent('  - id: policy-stayed\n    ruling: ddc-25-cv-00001/stayed')(copy);
    const timeline = loadTimeline(copy)!;
    expect(timeline.problems).toEqual([]);
    expect(timeline.data!.events.find((e) => e.id === 'policy-stayed')).toEqual({
      id: 'policy-stayed',
      date: '2025-11-21',
      text: 'Judge One stays the policy.',
      sources: ['report'],
      link: '/first/#the-rule',
      ruling: 'ddc-25-cv-00001/stayed',
    });
    expect(checkContent(copy).map(formatProblem)).toEqual([]);
  });

  test.each([
    [
      'a ruling that does not exist',
      '  - id: policy-stayed\n    ruling: ddc-25-cv-00001/dismissed',
      'content/timeline.yaml: events[1] "policy-stayed": ruling (line 11): case "ddc-25-cv-00001" has no ruling "dismissed" (its rulings: stayed)',
    ],
    [
      'a case that does not exist',
      '  - id: policy-stayed\n    ruling: no-such-case/stayed',
      'content/timeline.yaml: events[1] "policy-stayed": ruling (line 11): "no-such-case" is not a case in content/cases.yaml',
    ],
    [
      'its own text beside the ruling',
      '  - id: policy-stayed\n    ruling: ddc-25-cv-00001/stayed\n    text: "Something else."',
      'content/timeline.yaml: events[1] (line 10): has "text": an event with `ruling` takes its date, text and sources from content/cases.yaml',
    ],
  ])('report %s (and, as with any invalid timeline, leave it without events)', (_what, event, line) => {
    expect(problemsAfter(withRulingEvent(event))[0]).toBe(line);
  });
});

describe('a language overlay', () => {
  const overlay = [
    'status:',
    '  text: "una orden judicial frena el intercambio"',
    'cases:',
    '  - id: ddc-25-cv-00001',
    '    court: "Tribunal de Distrito de EE. UU. para el Distrito de Columbia"',
    '    judge: "la jueza One"',
    '    rulings:',
    '      - id: stayed',
    '        action: "Política suspendida"',
    '        text: "La jueza One suspende la política."',
    '    inForce: "La suspensión del 21 de noviembre de 2025."',
    '    status: "no encontramos ninguna noticia de que se levantara la suspensión"',
  ].join('\n');

  test('gives its text to the cases it names, by id, and leaves the rest in English, marked as English', () => {
    const copy = copyOfValidFixture();
    writeFileSync(join(copy, 'content/cases.es.yaml'), overlay);
    const loaded = loadCases(copy);
    expect(loaded.problems).toEqual([]);
    const es = loaded.cases.filter((c) => c.lang === 'es');
    expect(es[0]).toMatchObject({
      status: 'no encontramos ninguna noticia de que se levantara la suspensión',
      textLang: 'es',
    });
    expect(es[0].rulings[0]).toMatchObject({
      id: 'stayed',
      date: '2025-11-21',
      action: 'Política suspendida',
      sources: ['report'],
    });
    expect(es[0].docket).toBe('No. 1:25-cv-00001');
    expect(es[1]).toMatchObject({ status: 'we found no decision on the appeal', textLang: 'en' });
    expect(textLangAttr(es[0])).toBeUndefined();
    expect(textLangAttr(es[1])).toBe('en');
    expect(loaded.status.find((s) => s.lang === 'es')).toMatchObject({
      text: 'una orden judicial frena el intercambio',
      textLang: 'es',
      link: '/first/#the-rule',
    });
    expect(checkContent(copy).map(formatProblem)).toEqual([]);
  });

  test('that translates a case must translate each of its rulings', () => {
    const lines = problemsAfter((r) =>
      writeFileSync(join(r, 'content/cases.es.yaml'), overlay.replace(/ {4}rulings:\n(.*\n){3}/, '')),
    );
    expect(lines).toEqual([
      'content/cases.es.yaml: cases[0] "ddc-25-cv-00001": rulings (line 4): ruling "stayed" is missing (translate every ruling)',
    ]);
  });

  test('puts the translated ruling sentence on the timeline of that language', () => {
    const copy = copyOfValidFixture();
    writeFileSync(join(copy, 'content/cases.es.yaml'), overlay);
    const es = loadCases(copy).cases.filter((c) => c.lang === 'es');
    const events = [
      {
        id: 'policy-stayed',
        date: '2025-11-21',
        text: 'Judge One stays the policy.',
        sources: ['report'],
        link: '/first/',
        ruling: 'ddc-25-cv-00001/stayed',
      },
    ];
    expect(localizeEvents(events, es)).toEqual([
      { ...events[0], text: 'La jueza One suspende la política.', textLang: undefined },
    ]);
    const untranslated = es.map((c) => ({ ...c, rulings: c.id === 'ddc-25-cv-00001' ? c.rulings : [] }));
    expect(localizeEvents([{ ...events[0], text: 'x', ruling: 'dc-circuit-26-0001/none' }], untranslated)[0].text).toBe(
      'x',
    );
  });
});

test('a case is named by its court and number, or its court alone when the number is not confirmed', () => {
  expect(courtAndNumber({ courtShort: 'D.C. Cir.', docket: 'No. 26-5006' })).toBe('D.C. Cir. No. 26-5006');
  expect(courtAndNumber({ courtShort: 'D.D.C.' })).toBe('D.D.C.');
});
