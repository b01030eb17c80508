import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, readContent } from '../../src/content/check.ts';
import { courtAndNumber, resolveEvents, textLangAttr } from '../../src/render/case-text.ts';
import type { CasesEntry } from '../../src/schemas/case.ts';
import type { TimelineEntry } from '../../src/schemas/entries.ts';
import { site } from '../../src/site.ts';
import { checkAfter, copyOfValidFixture, fixtures } from './fixture-check.ts';

const CASES = 'content/cases.yaml';
const OVERLAY = 'content/cases.es.yaml';
const root = join(import.meta.dirname, '..', '..');

/** The stored entry of a collection in a project folder. */
function entry<T>(folder: string, collection: string, id: string): T | undefined {
  return readContent(folder).entries.get(collection)?.get(id)?.data as T | undefined;
}
/** `old` replaced by `text` in a file: the edit fails loudly if `old` is not there. */
const replacing = (old: string, text: string) => (file: string) => {
  if (!file.includes(old)) throw new Error(`"${old}" is not in the file`);
  return file.replace(old, text);
};

describe('the case data', () => {
  test('the real case data passes, with an overall status and every lawsuit and appeal', () => {
    expect(checkContent(root).map(formatProblem)).toEqual([]);
    const data = entry<CasesEntry>(root, 'cases', 'en')!;
    expect(data.cases.map((c) => c.id)).toEqual([
      'ddc-centro',
      'dc-circuit-25-5181',
      'ddc-25-cv-00457',
      'dc-circuit-26-5006',
      'dmass-25-cv-12822',
    ]);
    expect(data.status.text).toMatch(/^two court orders/);
  });

  test('no status in the real data is dated after the research cut-off', () => {
    const data = entry<CasesEntry>(root, 'cases', 'en')!;
    const days = [data.status.asOf, ...data.cases.map((c) => c.asOf)].map((d) => d.toISOString().slice(0, 10));
    expect(days.every((d) => d <= site.researchCutoff)).toBe(true);
  });

  test('the Centro district-court docket, marked "not verified" in the fact base, is not stated', () => {
    const centro = entry<CasesEntry>(root, 'cases', 'en')!.cases.find((c) => c.id === 'ddc-centro')!;
    expect(centro.docket).toBeUndefined();
    expect(readFileSync(join(root, CASES), 'utf8')).not.toMatch(/docket: .*00677/);
  });

  test('the valid fixture, with a case and its appeal, passes the content check', () => {
    expect(checkContent(join(fixtures, 'valid')).map(formatProblem)).toEqual([]);
  });

  test.each([
    [
      'a ruling citing a source that is not in the registry',
      replacing(
        'text: "Judge One stays the policy."\n        sources: [report]',
        'text: "Judge One stays the policy."\n        sources: [no-such-source]',
      ),
      `${CASES}: cases[0] "ddc-25-cv-00001": rulings[0] "stayed": sources[0] (line 19): cites unknown source "no-such-source" (not in content/sources/)`,
    ],
    [
      'a status dated after the research cut-off',
      replacing(
        'status: "we found no decision on the appeal"\n    asOf: 2026-06-08',
        'status: "we found no decision on the appeal"\n    asOf: 2026-11-30',
      ),
      `${CASES}: cases[1] "dc-circuit-26-0001": asOf (line 32): 2026-11-30 is after the research cut-off (2026-06-08); a status cannot be newer than its sources`,
    ],
    [
      'a status older than a ruling it reports',
      replacing('the stay had been lifted"\n    asOf: 2026-06-08', 'the stay had been lifted"\n    asOf: 2025-11-01'),
      `${CASES}: cases[0] "ddc-25-cv-00001": asOf (line 22): 2025-11-01 is before the ruling "stayed" of 2025-11-21: the status would be older than what it reports`,
    ],
    [
      'an appeal of a case that is not listed above it',
      replacing('appealOf: ddc-25-cv-00001', 'appealOf: ddc-25-cv-99999'),
      `${CASES}: cases[1] "dc-circuit-26-0001": appealOf (line 30): "ddc-25-cv-99999" is not a case listed above this one (list each appeal after the case it appeals)`,
    ],
    [
      'a status written as a whole sentence',
      replacing('"we found no decision on the appeal"', '"We found no decision on the appeal."'),
      `${CASES}: cases[1] "dc-circuit-26-0001": status (line 31): must not end with a full stop: the page adds the date before it and ends the sentence`,
    ],
    [
      'a case without sources',
      replacing('    sources: [report]\n    link: /second/', '    link: /second/'),
      `${CASES}: cases[1] "dc-circuit-26-0001": sources (line 25): is missing`,
    ],
    [
      'a misspelled field',
      replacing('    inForce: "The stay', '    inForse: "The stay'),
      `${CASES}: cases[0] "ddc-25-cv-00001": inForse (line 20): is not a known field (did you mean "inForce"?)`,
    ],
  ])('reports %s on one line naming the file and field', (_what, edit, line) => {
    expect(checkAfter(CASES, edit)).toEqual([line]);
  });

  test('reports an article naming a case that does not exist', () => {
    const lines = checkAfter(
      'content/articles/en/first.mdx',
      replacing(
        'Plain words, no numbers.',
        'import CaseStatus from \'~/components/CaseStatus.astro\'\n\nPlain words. <CaseStatus id="no-such-case" lang="en" />',
      ),
    );
    expect(lines).toEqual([
      'content/articles/en/first.mdx: line 21: <CaseStatus id="no-such-case"> names no case in content/cases.yaml (cases: ddc-25-cv-00001, dc-circuit-26-0001)',
    ]);
  });
});

describe('timeline events taken from rulings', () => {
  const withRulingEvent = (event: string) => replacing('  - id: later-report', `${event}\n  - id: later-report`);

  test('take their date, words, sources and link from the ruling', () => {
    const copy = copyOfValidFixture();
    const path = join(copy, 'content/timeline.yaml');
    writeFileSync(
      path,
      withRulingEvent('  - id: policy-stayed\n    ruling: ddc-25-cv-00001/stayed')(readFileSync(path, 'utf8')),
    );
    expect(checkContent(copy).map(formatProblem)).toEqual([]);
    const timeline = entry<TimelineEntry>(copy, 'timeline', 'en')!;
    const cases = entry<CasesEntry>(copy, 'cases', 'en')!.cases;
    expect(resolveEvents(timeline.events, cases).find((e) => e.id === 'policy-stayed')).toEqual({
      id: 'policy-stayed',
      date: '2025-11-21',
      text: 'Judge One stays the policy.',
      sources: ['report'],
      link: '/first/#the-rule',
      ruling: 'ddc-25-cv-00001/stayed',
    });
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
      'its own words beside the ruling',
      '  - id: policy-stayed\n    ruling: ddc-25-cv-00001/stayed\n    text: "Something else."',
      'content/timeline.yaml: events[1] "policy-stayed": text (line 12): is not a known field',
    ],
  ])('report %s', (_what, event, line) => {
    expect(checkAfter('content/timeline.yaml', withRulingEvent(event))).toEqual([line]);
  });
});

describe('a translation of the case data', () => {
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
    '  - id: dc-circuit-26-0001',
    '    court: "Tribunal de Apelaciones de EE. UU. para el Circuito del Distrito de Columbia"',
    '    status: "no encontramos ninguna decisión sobre la apelación"',
  ].join('\n');

  test('gives the Spanish entry its words, by id, and keeps every date, docket and source of the English file', () => {
    const copy = copyOfValidFixture();
    writeFileSync(join(copy, OVERLAY), overlay);
    expect(checkContent(copy).map(formatProblem)).toEqual([]);
    const es = entry<CasesEntry>(copy, 'cases', 'es')!;
    expect(es.status).toMatchObject({ text: 'una orden judicial frena el intercambio', link: '/first/#the-rule' });
    expect(es.status.asOf.toISOString()).toBe('2026-06-08T00:00:00.000Z');
    expect(es.cases[0]).toMatchObject({
      status: 'no encontramos ninguna noticia de que se levantara la suspensión',
      docket: 'No. 1:25-cv-00001',
    });
    expect(es.cases[0].rulings[0]).toMatchObject({
      id: 'stayed',
      date: '2025-11-21',
      action: 'Política suspendida',
      sources: ['report'],
    });
    expect(es.cases[1].status).toBe('no encontramos ninguna decisión sobre la apelación');
  });

  test.each([
    [
      'a field that is not words',
      overlay.replace(
        '    status: "no encontramos ninguna decisión',
        '    docket: "No. 1"\n    status: "no encontramos ninguna decisión',
      ),
      `${OVERLAY}: cases[1] "dc-circuit-26-0001": docket (line 15): is not a known field`,
    ],
    [
      'a case the English file does not have',
      overlay.replace('  - id: dc-circuit-26-0001', '  - id: no-such-case'),
      `${OVERLAY}: cases[1] "no-such-case": id (line 13): "no-such-case" is not a case of the English file`,
    ],
    [
      'a ruling left untranslated',
      overlay.replace(/ {4}rulings:\n(.*\n){3}/, ''),
      `${OVERLAY}: cases[0] "ddc-25-cv-00001": rulings (line 4): has no translation of ruling "stayed"`,
    ],
  ])('reports %s', (_what, text, line) => {
    expect(checkAfter(OVERLAY, text)[0]).toBe(line);
  });

  test('puts the translated ruling sentence on the timeline of that language', () => {
    const events = [{ id: 'policy-stayed', ruling: 'ddc-25-cv-00001/stayed' }];
    const cases = [
      {
        id: 'ddc-25-cv-00001',
        link: '/es/first/',
        rulings: [
          {
            id: 'stayed',
            date: '2025-11-21',
            action: 'x',
            text: 'La jueza One suspende la política.',
            sources: ['report'],
          },
        ],
      },
    ];
    expect(resolveEvents(events, cases)).toEqual([
      {
        id: 'policy-stayed',
        date: '2025-11-21',
        text: 'La jueza One suspende la política.',
        sources: ['report'],
        link: '/es/first/',
        ruling: 'ddc-25-cv-00001/stayed',
      },
    ]);
    expect(resolveEvents(events, cases, 'en')[0].textLang).toBe('en');
    expect(resolveEvents([{ id: 'gone', ruling: 'no-such-case/x' }], cases)).toEqual([]);
  });
});

test('text in another language than the page is marked with its language, and only then', () => {
  expect(textLangAttr('es', 'en')).toBe('en');
  expect(textLangAttr('en', 'en')).toBeUndefined();
});

test('a case is named by its court and number, or its court alone when the number is not confirmed', () => {
  expect(courtAndNumber({ courtShort: 'D.C. Cir.', docket: 'No. 26-5006' })).toBe('D.C. Cir. No. 26-5006');
  expect(courtAndNumber({ courtShort: 'D.D.C.' })).toBe('D.D.C.');
});
