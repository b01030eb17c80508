import { describe, expect, test } from 'vitest';
import { localizeLink } from '../../src/render/localize-link.ts';
import type { LinkTargets } from '../../src/render/link-labels.ts';

const twins = new Map([['/section-6103/', '/es/seccion-6103/']]);
const targets: LinkTargets = new Map([
  ['/es/seccion-6103/', { title: 'Sección 6103', anchors: new Map([['who-may-see', '¿Quién puede ver?']]) }],
]);
const es = (href: string) => localizeLink(href, 'es', twins, targets);

describe('a link of the data files on a page in another language', () => {
  test("goes to the article's translation, at the same section when the translation has it", () => {
    expect(es('/section-6103/#who-may-see')).toBe('/es/seccion-6103/#who-may-see');
    expect(es('/section-6103/')).toBe('/es/seccion-6103/');
    // A section the translation lacks: the translation's top, never a broken anchor.
    expect(es('/section-6103/#only-in-english')).toBe('/es/seccion-6103/');
  });

  test('goes to the reference page in that language, anchor kept (they are paired by id)', () => {
    expect(es('/law/6103/#i-2')).toBe('/es/law/6103/#i-2');
    expect(es('/glossary/#itin')).toBe('/es/glossary/#itin');
    expect(es('/timeline/')).toBe('/es/timeline/');
  });

  test('stays as written where there is no translation, outside the site, and on English pages', () => {
    expect(es('/only-english/#x')).toBe('/only-english/#x');
    expect(es('https://www.irs.gov/')).toBe('https://www.irs.gov/');
    expect(es('/es/seccion-6103/#who-may-see')).toBe('/es/seccion-6103/#who-may-see');
    expect(localizeLink('/section-6103/#who-may-see', 'en', twins, targets)).toBe('/section-6103/#who-may-see');
  });
});
