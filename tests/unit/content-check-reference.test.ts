import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/content/check/index.ts';
import { checkWith, copyOfValidFixture, fixtures } from './fixture-check.ts';
import { checkReferenceData } from '../../src/content/check/check-reference.ts';
import { loadSources } from '../../src/content/read-sources.ts';

const ARTICLE = 'content/articles/en/first.mdx';
const TIMELINE = 'content/timeline.yaml';
const GLOSSARY = 'content/glossary.yaml';
const STATUTE = 'content/statute/6103.yaml';

describe('the content check on the reference data', () => {
  test('passes the valid fixture, which has a statute, a timeline, a glossary and an About page', () => {
    expect(checkContent(join(fixtures, 'valid')).map(formatProblem)).toEqual([]);
  });

  test.each([
    [
      'timeline-unknown-source.yaml',
      TIMELINE,
      `${TIMELINE}: events[1] "unsourced": sources[1] (line 12): cites unknown source "no-such-source"`,
    ],
    [
      'timeline-broken-link.yaml',
      TIMELINE,
      `${TIMELINE}: line 8: link "/first/#no-such-section" points to #no-such-section, which does not exist on /first/`,
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
      `${GLOSSARY}: [1] "return": id (line 5): anchor "return" is already used by ${GLOSSARY} [0] "return": id (line 1)`,
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
    [
      'broken-statute-anchor.mdx',
      ARTICLE,
      `${ARTICLE}: line 15: link "/law/6103/#i-9-Z" points to #i-9-Z, which does not exist on /law/6103/`,
    ],
  ])('reports %s with the file and the field or line', (malformed, into, expected) => {
    const lines = checkWith(malformed, into);
    expect(
      lines.some((l) => l.startsWith(expected)),
      `got:\n${lines.join('\n')}`,
    ).toBe(true);
  });

  test('an article link to a statute anchor that exists passes, so only the broken one is reported', () => {
    const lines = checkWith('broken-statute-anchor.mdx', ARTICLE);
    expect(lines).toEqual([
      `${ARTICLE}: line 15: link "/law/6103/#i-9-Z" points to #i-9-Z, which does not exist on /law/6103/`,
    ]);
  });

  test('without a statute file the statute page has no provision anchors, and links to them fail', () => {
    const root = copyOfValidFixture();
    rmSync(join(root, 'content/statute'), { recursive: true });
    const lines = checkContent(root).map(formatProblem);
    expect(lines).toContain(
      'content/glossary.yaml: line 5: link "/law/6103/#a" points to #a, which does not exist on /law/6103/',
    );
  });
});

describe('the page index of the reference pages', () => {
  const root = join(fixtures, 'valid');
  const { byId } = loadSources(join(root, 'content/sources'), root);
  const { pages } = checkReferenceData(root, byId);

  test('derives the anchors of /law/6103/, /timeline/ and /glossary/ from their data', () => {
    expect([...pages.get('/law/6103/')!]).toEqual(expect.arrayContaining(['s6103', 'a', 'i-2', 'i-2-A']));
    expect([...pages.get('/timeline/')!]).toEqual(
      expect.arrayContaining(['1862-1976', '1976-2024', 'act-signed', 'later-report']),
    );
    expect([...pages.get('/glossary/')!]).toEqual(expect.arrayContaining(['return', 'itin']));
  });

  test('registers the sources page with one anchor per source and kind, and content pages with their headings', () => {
    expect([...pages.get('/sources/')!]).toEqual(
      expect.arrayContaining(['statute', 'report', 'wire-story', 'kind-statute', 'kind-news']),
    );
    expect(pages.get('/sources/')!.has('kind-court')).toBe(false);
    expect([...pages.get('/about/')!]).toEqual(expect.arrayContaining(['main-content', 'who-it-is-for']));
  });
});
