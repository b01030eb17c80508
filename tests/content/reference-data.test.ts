import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/content/check.ts';
import type { GlossaryEntry, StatuteEntry, TimelineEntry } from '../../src/schemas/entries.ts';
import { statuteAnchors } from '../../src/render/reference-pages.ts';
import { splitHref } from '../../src/paths.ts';
import { groupByEra } from '../../src/render/timeline.ts';
import { resolveEvents } from '../../src/render/case-text.ts';
import type { CasesEntry } from '../../src/schemas/case.ts';

const root = join(import.meta.dirname, '..', '..');
const report = readContent(root);
const data = <T>(collection: string, id?: string) =>
  [...report.entries.get(collection)!.entries()].filter(([key]) => !id || key === id).map(([, e]) => e.data as T);
const sections = data<StatuteEntry>('statute').filter((s) => s.lang === 'en').sort((a, b) => a.order - b.order);
const timeline = data<TimelineEntry>('timeline', 'en')[0];
/** The events as the page shows them: rulings take their date and words from the case data. */
const shownEvents = resolveEvents(timeline.events, data<CasesEntry>('cases', 'en')[0].cases);
const glossary = data<GlossaryEntry>('glossary').filter((t) => t.lang === 'en');

/** Curly quotes as straight ones, one space between words: the fact base writes quotes plainly. */
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe('the annotated statute', () => {
  const anchors = statuteAnchors(sections);
  const words = new Map(
    sections
      .flatMap((s) => s.provisions.flatMap((p) => [p, ...p.parts]))
      .map((p) => [p.id, plain((p.text ?? []).map((l) => l.text).join(' '))]),
  );

  test('has an anchor for every provision the articles discuss', () => {
    for (const id of [
      'a',
      'b-1',
      'b-2',
      'b-3',
      'b-6',
      'h',
      'i-1',
      'i-2',
      'i-2-A',
      'i-2-B',
      'i-2-C',
      'i-3',
      'i-6',
      'p-4',
      's7213',
      's7213A',
      's7431',
    ]) {
      expect(anchors, id).toContain(id);
    }
  });

  // Each of these was verified word for word in the fact base (shared/sources/section-6103.md and updates-2026-11.md § D).
  test.each([
    ['a', 'Returns and return information shall be confidential, and except as authorized by this title—'],
    [
      'b-2',
      "a taxpayer's identity, the nature, source, or amount of his income, payments, receipts, deductions, exemptions, credits, assets, liabilities, net worth, tax liability, tax withheld, deficiencies, overassessments, or tax payments, whether the taxpayer's return was, is being, or will be examined or subject to other investigation or processing, or any other data, received by, recorded by, prepared by, furnished to, or collected by the Secretary with respect to a return",
    ],
    [
      'b-6',
      `The term "taxpayer identity" means the name of a person with respect to whom a return is filed, his mailing address, his taxpayer identifying number (as described in section 6109), or a combination thereof.`,
    ],
    [
      'i-1-A',
      'any return or return information with respect to any specified taxable period or periods shall, pursuant to and upon the grant of an ex parte order by a Federal district court judge or magistrate judge under subparagraph (B), be open (but only to the extent necessary as provided in such order) to inspection by, or disclosure to, officers and employees of any Federal agency who are personally and directly engaged in—',
    ],
    [
      'i-2-A',
      'Except as provided in paragraph (6), upon receipt by the Secretary of a request which meets the requirements of subparagraph (B) from the head of any Federal agency or the Inspector General thereof, or, in the case of the Department of Justice, the Attorney General, the Deputy Attorney General, the Associate Attorney General, any Assistant Attorney General, the Director of the Federal Bureau of Investigation, the Administrator of the Drug Enforcement Administration, any United States attorney, any special prosecutor appointed under section 593 of title 28, United States Code, or any attorney in charge of a criminal division organized crime strike force established pursuant to section 510 of title 28, United States Code, the Secretary shall disclose return information (other than taxpayer return information) to officers and employees of such agency who are personally and directly engaged in— (i) preparation for any judicial or administrative proceeding described in paragraph (1)(A)(i), (ii) any investigation which may result in such a proceeding, or (iii) any grand jury proceeding described in paragraph (1)(A)(iii), solely for the use of such officers and employees in such preparation, investigation, or grand jury proceeding.',
    ],
    [
      'i-2-B',
      'A request meets the requirements of this subparagraph if the request is in writing and sets forth— (i) the name and address of the taxpayer with respect to whom the requested return information relates; (ii) the taxable period or periods to which such return information relates; (iii) the statutory authority under which the proceeding or investigation described in subparagraph (A) is being conducted; and (iv) the specific reason or reasons why such disclosure is, or may be, relevant to such proceeding or investigation.',
    ],
    [
      'i-2-C',
      "For purposes of this paragraph, a taxpayer's identity shall not be treated as taxpayer return information.",
    ],
  ])('quotes %s exactly as the fact base verified it', (id, quote) => {
    expect(words.get(id)).toContain(plain(quote));
  });

  test('keeps no artefact of the copy it was read from', () => {
    for (const [id, text] of words) expect(text, id).not.toMatch(/\( l \)|\s,|\s\./);
  });
});

describe('the timeline', () => {
  test('has the four eras, newest last, and every era has events', () => {
    expect(timeline.eras.map((e) => e.id)).toEqual(['1862-1976', '1976-2024', '2025', '2026']);
    for (const { era, events } of groupByEra(timeline.eras, shownEvents))
      expect(events.length, era.id).toBeGreaterThan(0);
  });

  test('follows the fact base corrections: the June 2025 request is dated to the month only', () => {
    expect(shownEvents.find((e) => e.id === 'ice-requests-1-28-million')?.date).toBe('2025-06');
    expect(shownEvents.find((e) => e.id === 'addresses-sent')?.date).toBe('2025-08-07');
  });
});

describe('the glossary', () => {
  test('defines the terms a reader meets', () => {
    const ids = glossary.map((t) => t.id);
    for (const id of [
      'itin',
      'return',
      'return-information',
      'taxpayer-return-information',
      'taxpayer-identity',
      'memorandum-of-understanding',
      'final-removal-order',
      'preliminary-injunction',
      'stay',
      'indicative-ruling',
      'tigta',
      'crs',
      'administrative-record',
      'taxpayer-advocate-service',
      'low-income-taxpayer-clinic',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('the articles', () => {
  const links = report.links.get('articles')!;
  const files = [...new Set([...report.entries.get('articles')!.values()].map((e) => e.origin!.file))];
  test.each(files)('%s links the statute where it discusses a subsection', (file) => {
    const statuteLinks = links.filter((l) => l.file === file && /^\/(es\/)?law\/6103\/$/.test(splitHref(l.url, '/').path));
    expect(statuteLinks.length).toBeGreaterThanOrEqual(3);
  });
});
