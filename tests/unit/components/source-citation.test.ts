import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import SourceCitation from '../../../src/components/SourceCitation.astro';
import type { Source } from '../../../src/schemas/source.ts';

const crs: Source = {
  id: 'crs',
  title: 'Legal Sidebar LSB11413',
  issuer: 'Congressional Research Service',
  date: '2026-03-26',
  url: 'https://www.congress.gov/crs-product/LSB11413',
  urlFound: 'pattern',
  urlChecked: new Date('2026-12-01T00:00:00Z'),
  kind: 'congressional',
  primary: false,
};
const wire: Source = {
  id: 'wire',
  title: 'A wire story',
  issuer: 'The Associated Press',
  date: '2026-06',
  kind: 'news',
  primary: false,
  note: 'Found only on a scraper.',
};
const spanish: Source = {
  ...crs,
  id: 'irs-es',
  title: 'Número de Identificación Personal del Contribuyente',
  lang: 'es',
  date: '2017',
  urlFound: 'seen',
};

async function render(source: Source, lang: 'en' | 'es' = 'en', provenance = false) {
  const container = await AstroContainer.create();
  return (await container.renderToString(SourceCitation, { props: { source, lang, provenance } }))
    .replace(/\s+/g, ' ')
    .trim();
}

describe('SourceCitation, the one place a citation is drawn', () => {
  test('links the title and gives the issuer and the date', async () => {
    expect(await render(crs)).toBe(
      '<a href="https://www.congress.gov/crs-product/LSB11413" rel="noreferrer">Legal Sidebar LSB11413</a>, Congressional Research Service, March 26, 2026',
    );
  });

  test('shows a month-only date as written, never as the first of the month', async () => {
    expect(await render(wire)).toContain('The Associated Press, June 2026');
  });

  test('names a source without a link in italics, says so, and adds its note', async () => {
    expect(await render(wire)).toBe(
      '<em>A wire story</em>, The Associated Press, June 2026 (no public link found; named for reference). Found only on a scraper.',
    );
  });

  test('formats the date in Spanish on a Spanish page', async () => {
    expect(await render(crs, 'es')).toContain('26 de marzo de 2026');
  });

  test('marks a title in another language with its lang, and not on a page in that language', async () => {
    expect(await render(spanish)).toContain('rel="noreferrer" lang="es">Número');
    expect(await render(spanish, 'es')).not.toContain('lang="es"');
  });

  test('on the sources page, says when a link was built from a pattern rather than seen', async () => {
    expect(await render(crs, 'en', true)).toContain('<span class="tp-tag">link address built from the publisher');
    expect(await render(spanish, 'en', true)).not.toContain('tp-tag');
  });
});

test('an English title on a Spanish page is marked lang="en"', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(SourceCitation, { props: { source: crs, lang: 'es' } });
  expect(html).toContain('rel="noreferrer" lang="en">Legal Sidebar');
});

test('our note shows in Spanish on a Spanish page where translated, else in English marked as such', async () => {
  const container = await AstroContainer.create();
  const render = (source: Source) => container.renderToString(SourceCitation, { props: { source, lang: 'es' } });
  expect(await render({ ...wire, noteEs: 'Solo se encontró en una copia.' })).toContain(
    '. Solo se encontró en una copia.',
  );
  expect(await render(wire)).toContain('. <span lang="en">Found only on a scraper.</span>');
});
