import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import CorrectionNotice from '../../../src/components/CorrectionNotice.astro';
import ChangesList from '../../../src/components/ChangesList.astro';
import type { ArticleChange } from '../../../src/schemas/article.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const changes: ArticleChange[] = [
  { date: day('2026-11-25'), kind: 'update', section: 'the-matching-flaws', text: 'We added the TIGTA report.' },
  { date: day('2026-12-01'), kind: 'correction', section: 'in-short-heading', text: 'We reworded the In-short box.' },
  { date: day('2026-12-01'), kind: 'correction', section: 'the-leadership-departures', text: 'We corrected a title.' },
];
const headings = [
  { depth: 3, slug: 'the-matching-flaws', text: 'The matching flaws' },
  { depth: 3, slug: 'the-leadership-departures', text: 'The leadership departures' },
];
/** The component's HTML with its tags' attributes kept and whitespace collapsed. */
async function html(component: typeof CorrectionNotice, props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return (await container.renderToString(component, { props })).replace(/\s+/g, ' ').trim();
}
const text = (h: string) =>
  h
    .replace(/<\/p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the correction notice at the top of an article', () => {
  test('says what was corrected and when, links to the section, and to all recent corrections', async () => {
    const out = await html(CorrectionNotice, { lang: 'en', changes, headings, today: day('2026-12-02') });
    expect(text(out)).toBe(
      'Corrected December 1, 2026: We reworded the In-short box. (In short) See all 2 recent corrections',
    );
    expect(out).toContain('(<a href="#in-short-heading">In short</a>)');
    expect(out).toContain('<a href="#changes">');
    expect(out).toContain('aria-label="Correction"');
  });

  test('is gone once 30 days have passed, and never announces an update', async () => {
    expect(await html(CorrectionNotice, { lang: 'en', changes, headings, today: day('2026-12-31') })).toContain(
      'Corrected',
    );
    expect(await html(CorrectionNotice, { lang: 'en', changes, headings, today: day('2027-01-01') })).toBe('');
    expect(
      await html(CorrectionNotice, { lang: 'en', changes: [changes[0]], headings, today: day('2026-11-25') }),
    ).toBe('');
  });

  test('speaks Spanish on a Spanish page', async () => {
    const out = await html(CorrectionNotice, { lang: 'es', changes: [changes[2]], headings, today: day('2026-12-01') });
    expect(text(out)).toBe('Corregido el 1 de diciembre de 2026: We corrected a title. (The leadership departures)');
  });
});

describe('the list of changes at the end of an article', () => {
  test('lists every change, newest first, dated, with its kind and a link to its section', async () => {
    const out = await html(ChangesList, { lang: 'en', changes, headings });
    expect(out).toContain('<h2 id="changes">Changes to this page</h2>');
    const items = [...out.matchAll(/<li>(.*?)<\/li>/g)].map((m) => text(m[1]));
    expect(items).toEqual([
      'December 1, 2026, correction: We reworded the In-short box. (In short)',
      'December 1, 2026, correction: We corrected a title. (The leadership departures)',
      'November 25, 2026, update: We added the TIGTA report. (The matching flaws)',
    ]);
  });

  test('is not drawn on an article that has never changed', async () => {
    expect(await html(ChangesList, { lang: 'en', changes: [], headings })).toBe('');
  });
});
