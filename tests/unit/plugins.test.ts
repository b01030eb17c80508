import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/plugins/index.ts';
import type { Source } from '../../src/schemas/source.ts';

const sources = new Map<string, Source>([
  [
    'statute',
    {
      id: 'statute',
      title: '26 U.S. Code § 6103',
      issuer: 'Legal Information Institute',
      date: '2026',
      url: 'https://www.law.cornell.edu/uscode/text/26/6103',
      kind: 'statute',
      primary: true,
    },
  ],
  [
    'crs',
    {
      id: 'crs',
      title: 'Legal Sidebar LSB11413',
      issuer: 'Congressional Research Service',
      date: '2026-03-26',
      url: 'https://www.congress.gov/crs-product/LSB11413',
      kind: 'congressional',
      primary: true,
    },
  ],
  [
    'wire',
    {
      id: 'wire',
      title: 'A wire story',
      issuer: 'The Associated Press',
      date: '2026-06',
      kind: 'news',
      primary: false,
      note: 'Found only on a scraper.',
    },
  ],
]);

async function render(markdown: string, lang = 'en', path = '/work/content/articles/en/test.md') {
  const processor = await createMarkdownProcessor(markdownOptions(sources));
  const result = await processor.render(markdown, { frontmatter: { lang }, fileURL: new URL(`file://${path}`) });
  return result.code;
}

describe('remark-citations', () => {
  test('expands [@id] into title (linked), issuer and date, keeping the locator', async () => {
    const html = await render('Text.[^1]\n\n[^1]: [@crs], p. 3.');
    expect(html).toContain(
      '<a href="https://www.congress.gov/crs-product/LSB11413" rel="noreferrer">Legal Sidebar LSB11413</a>, Congressional Research Service, March 26, 2026, p. 3.',
    );
  });

  test('shows a year-only or month-only date as written, never as January 1', async () => {
    const html = await render('A.[^1] B.[^2]\n\n[^1]: [@statute]\n[^2]: [@wire]');
    expect(html).toContain('Legal Information Institute, 2026');
    expect(html).toContain('The Associated Press, June 2026');
    expect(html).not.toContain('January');
  });

  test('names a source without a URL in italics, says so, and adds its note', async () => {
    const html = await render('A.[^1]\n\n[^1]: [@wire]');
    expect(html).toMatch(
      /<em>A wire story<\/em>, The Associated Press, June 2026 \(no public link found; named for reference\)\. Found only on a scraper\./,
    );
  });

  test('cites several sources in one footnote', async () => {
    const html = await render('A.[^1]\n\n[^1]: [@statute]; [@crs]');
    expect(html).toContain(
      '<a href="https://www.law.cornell.edu/uscode/text/26/6103" rel="noreferrer">26 U.S. Code § 6103</a>, Legal Information Institute, 2026; <a href="https://www.congress.gov/crs-product/LSB11413" rel="noreferrer">Legal Sidebar LSB11413</a>',
    );
  });

  test('formats dates in Spanish on a Spanish page', async () => {
    const html = await render('A.[^1]\n\n[^1]: [@crs]', 'es');
    expect(html).toContain('26 de marzo de 2026');
  });

  test('stops with the file and line when a source ID is unknown', async () => {
    await expect(render('A.[^1]\n\n[^1]: [@nope]')).rejects.toThrow(
      /test\.md: line 3: footnote cites unknown source "nope"/,
    );
  });

  test('leaves [@id] outside footnotes alone', async () => {
    expect(await render('Write [@crs] to cite.')).toContain('[@crs]');
  });
});

describe('rehype-table-region', () => {
  test('wraps each table in a focusable region with a unique, numbered label', async () => {
    const table = '| Case | Court |\n| --- | --- |\n| A | B |\n';
    const html = await render(`${table}\n\n${table.replace('Case', 'Ruling')}`);
    expect(html).toContain(
      '<div class="tp-table" role="region" tabindex="0" aria-label="Table 1: Case (scrolls sideways)"><table>',
    );
    expect(html).toContain('aria-label="Table 2: Ruling (scrolls sideways)"');
  });

  test('labels the region in Spanish on a Spanish page', async () => {
    const html = await render('| Caso |\n| --- |\n| A |\n', 'es');
    expect(html).toContain('aria-label="Tabla 1: Caso (se desplaza hacia los lados)"');
  });
});

describe('heading ids and self-links', () => {
  test('gives h2 and h3 an id and a self-link named after the heading', async () => {
    const html = await render('## Who may ask?\n\n### What is (i)(2)?\n\n#### Not linked');
    expect(html).toContain(
      '<h2 id="who-may-ask">Who may ask?<a class="tp-anchor" href="#who-may-ask" aria-label="Link to this section: Who may ask?"></a></h2>',
    );
    expect(html).toContain('<h3 id="what-is-i2">');
    expect(html).toMatch(/<h4 id="not-linked">Not linked<\/h4>/);
  });
});

describe('footnotes', () => {
  test('get a visible "Sources" heading and one labelled back-link, to the first use', async () => {
    const html = await render('A.[^1] B.[^1]\n\n[^1]: [@statute]');
    expect(html).toMatch(/<h2 id="footnote-label">Sources<a class="tp-anchor"/);
    expect(html).toContain('<p>A.<a href="#fn-1" id="fnref-1">1</a> B.<a href="#fn-1">1</a></p>');
    expect(html).toMatch(/2026 <a href="#fnref-1" aria-label="Back to text">↩<\/a><\/li>/);
    expect(html).not.toContain('fnref-1-2');
  });

  test('references are bare links with an id for the way back, no <sup> or data attributes', async () => {
    const html = await render('A.[^1]\n\n[^1]: [@statute]');
    expect(html).toContain('<p>A.<a href="#fn-1" id="fnref-1">1</a></p>');
    expect(html).not.toMatch(/<sup>|data-footnote-(ref|backref)|user-content-/);
    expect(html).toMatch(/<li id="fn-1"><a href="https:\/\/www\.law\.cornell\.edu/);
  });

  test('are labelled in Spanish on a Spanish page', async () => {
    const html = await render('A.[^1]\n\n[^1]: [@statute]', 'es');
    expect(html).toMatch(/<h2 id="footnote-label">Fuentes/);
    expect(html).toContain('aria-label="Volver al texto"');
  });
});

describe('rehype-external-links', () => {
  test('marks outbound links noreferrer and leaves internal links alone', async () => {
    const html = await render('[out](https://www.irs.gov/) and [in](/section-6103/)');
    expect(html).toContain('<a href="https://www.irs.gov/" rel="noreferrer">out</a>');
    expect(html).toContain('<a href="/section-6103/">in</a>');
  });
});
