import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { builtPages, pageFile } from '../../src/build/built-pages.ts';
import { parseBuiltPage } from '../../src/build/parse-built-page.ts';

/**
 * The case data is the one source of every status on the site: change one entry of content/cases.yaml in a
 * copy of the project, build the copy, and every page of the real build that said the old thing must say the
 * new thing instead — with nothing left over anywhere.
 */

const project = process.cwd();
let copy = '';
let copyDist = '';

/** The text a reader sees in a page's <main>, whitespace collapsed and lower-cased (a table starts a status with a capital). */
function mainText(dist: string, path: string): string {
  const tree = parseBuiltPage(readFileSync(pageFile(path, dist), 'utf8'));
  let main: Element | undefined;
  visit(tree, 'element', (el: Element) => {
    if (!main && el.tagName === 'main') main = el;
  });
  return toString(main ?? tree)
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The pages of a build whose main text contains `text`. */
function pagesSaying(dist: string, text: string): string[] {
  return builtPages(dist).filter((p) => p.endsWith('/') && mainText(dist, p).includes(text.toLowerCase()));
}

const changes = {
  caseStatus: {
    from: 'status: "we found no decision on the government’s appeal of the order of November 21, 2025"',
    to: 'status: "the appeals court had ruled in a changed fixture entry"',
    old: 'we found no decision on the government’s appeal of the order of November 21, 2025',
    new: 'the appeals court had ruled in a changed fixture entry',
  },
  rulingText: {
    from: 'text: "Judge Kollar-Kotelly finds the IRS broke the law “approximately 42,695 times” by sending addresses without confirming ICE supplied them."',
    to: 'text: "A changed fixture sentence for the indicative ruling."',
    old: 'Judge Kollar-Kotelly finds the IRS broke the law “approximately 42,695 times” by sending addresses without confirming ICE supplied them.',
    new: 'A changed fixture sentence for the indicative ruling.',
  },
  rulingAction: {
    from: 'action: "Indicative ruling: the IRS broke the law about 42,695 times"',
    to: 'action: "A changed fixture label for the indicative ruling"',
    old: 'Indicative ruling: the IRS broke the law about 42,695 times',
    new: 'A changed fixture label for the indicative ruling',
  },
  overall: {
    from: 'text: "two court orders stop the IRS from sharing taxpayers’ addresses with ICE under the agreement, and we found no decision on the government’s appeal of one of them"',
    to: 'text: "a changed fixture status for every case"',
    old: 'two court orders stop the IRS from sharing taxpayers’ addresses with ICE under the agreement',
    new: 'a changed fixture status for every case',
  },
};

/** The same kind of change in the Spanish words of the case data (content/cases.es.yaml). */
const spanish = {
  from: 'status: "no encontramos ninguna decisión sobre la apelación del gobierno contra la orden del 21 de noviembre de 2025"',
  to: 'status: "el tribunal de apelaciones había decidido, en una entrada de prueba cambiada"',
  old: 'no encontramos ninguna decisión sobre la apelación del gobierno contra la orden del 21 de noviembre de 2025',
  new: 'el tribunal de apelaciones había decidido, en una entrada de prueba cambiada',
};

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'case-data-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.build', '.git']);
  cpSync(project, copy, { recursive: true, filter: (src) => !skip.has(src.slice(project.length + 1).split('/')[0]) });
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const path = join(copy, 'content/cases.yaml');
  let yaml = readFileSync(path, 'utf8');
  for (const { from, to } of Object.values(changes)) {
    if (!yaml.includes(from)) throw new Error(`The fixture edit no longer matches content/cases.yaml: ${from}`);
    yaml = yaml.replace(from, to);
  }
  writeFileSync(path, yaml);
  const esPath = join(copy, 'content/cases.es.yaml');
  const es = readFileSync(esPath, 'utf8');
  if (!es.includes(spanish.from))
    throw new Error(`The fixture edit no longer matches content/cases.es.yaml: ${spanish.from}`);
  writeFileSync(esPath, es.replace(spanish.from, spanish.to));
  // The copy's own `npm run build` (content check, Astro, search index, link check): about 8 s alone,
  // 20-40 s on a loaded 2-core machine; the hook allows 240 s.
  execFileSync(process.execPath, [join(copy, 'scripts/build.ts')], {
    cwd: copy,
    // Built "on" a day four days after the corrections of December 1, 2026, so their notice must show.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_TODAY: '2026-12-05' },
    stdio: 'pipe',
    timeout: 230_000,
  });
  copyDist = join(copy, 'dist');
}, 240_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('changing one entry of the case data', () => {
  test('changes the status of that case on every page that shows it, and nothing else says the old status', () => {
    const { old, new: changed } = changes.caseStatus;
    const before = pagesSaying('dist', old);
    expect(before).toEqual(
      expect.arrayContaining(['/irs-ice-agreement/', '/itin-filers/', '/section-6103/', '/timeline/']),
    );
    expect(pagesSaying(copyDist, changed)).toEqual(before);
    expect(pagesSaying(copyDist, old)).toEqual([]);
  });

  test('in Spanish too: its Spanish status changes on every Spanish page that shows it', () => {
    const before = pagesSaying('dist', spanish.old);
    expect(before).toEqual(
      expect.arrayContaining([
        '/es/acuerdo-irs-ice/',
        '/es/contribuyentes-con-itin/',
        '/es/seccion-6103/',
        '/es/timeline/',
      ]),
    );
    expect(pagesSaying(copyDist, spanish.new)).toEqual(before);
    expect(pagesSaying(copyDist, spanish.old)).toEqual([]);
  });

  test('changes a ruling on the timeline (and the home page, while it is among the latest), and its label in the cases table', () => {
    for (const [change, expected] of [
      [changes.rulingText, ['/timeline/']],
      [changes.rulingAction, ['/irs-ice-agreement/']],
    ] as const) {
      const before = pagesSaying('dist', change.old);
      expect(before).toEqual(expect.arrayContaining([...expected]));
      expect(pagesSaying(copyDist, change.new)).toEqual(before);
      expect(pagesSaying(copyDist, change.old)).toEqual([]);
    }
  });

  test('changes the status line on the home page and on every article that shows it', () => {
    const { old, new: changed } = changes.overall;
    const before = pagesSaying('dist', old);
    expect(before).toEqual(
      expect.arrayContaining(['/', '/irs-ice-agreement/', '/itin-filers/', '/section-6103/', '/timeline/']),
    );
    expect(pagesSaying(copyDist, changed)).toEqual(before);
    expect(pagesSaying(copyDist, old)).toEqual([]);
  });
});

describe('an article built within 30 days of a correction', () => {
  test('opens with a notice saying what was corrected and when, linking to a section the page has', () => {
    const isNotice = (el: Element) => el.tagName === 'aside' && el.properties.ariaLabel === 'Correction';
    const hasNotice = (page: string) => {
      let found = false;
      visit(parseBuiltPage(readFileSync(pageFile(page, copyDist), 'utf8')), 'element', (el: Element) => {
        found ||= isNotice(el);
      });
      return found;
    };
    const corrected = builtPages(copyDist).filter(hasNotice);
    expect(corrected).toEqual(expect.arrayContaining(['/irs-ice-agreement/', '/itin-filers/', '/section-6103/']));
    for (const page of corrected) {
      const tree = parseBuiltPage(readFileSync(pageFile(page, copyDist), 'utf8'));
      const ids = new Set<string>();
      let notice: Element | undefined;
      visit(tree, 'element', (el: Element) => {
        if (typeof el.properties.id === 'string') ids.add(el.properties.id);
        if (!notice && isNotice(el)) notice = el;
      });
      expect(toString(notice!).replace(/\s+/g, ' ').trim(), page).toMatch(/^Corrected \w+ \d{1,2}, 2026: \S/);
      const hrefs: string[] = [];
      visit(notice!, 'element', (el: Element) => {
        if (el.tagName === 'a') hrefs.push(String(el.properties.href));
      });
      expect(hrefs.length, page).toBeGreaterThan(0);
      for (const href of hrefs) expect(ids.has(href.slice(1)), `${page} ${href}`).toBe(true);
    }
  });
});
