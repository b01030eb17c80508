import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { markdownOptions } from '../../src/plugins/index.ts';
import remarkCitations from '../../src/plugins/remark-citations.ts';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids.ts';
import { useLetter } from '../../src/plugins/rehype-footnote-markup.ts';

async function render(markdown: string, lang = 'en', path = '/work/content/articles/en/test.md') {
  const processor = await createMarkdownProcessor(markdownOptions());
  const result = await processor.render(markdown, { frontmatter: { lang }, fileURL: new URL(`file://${path}`) });
  return result.code;
}

/** The MDX syntax tree after one remark plugin, for plugins whose output is MDX (components, ids). */
async function mdxTree(plugin: () => (tree: Root, file: VFile) => void, mdx: string, lang = 'en'): Promise<Root> {
  const file = new VFile({ value: mdx, path: `/work/content/articles/${lang}/test.mdx` });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(plugin);
  return (await processor.run(processor.parse(file), file)) as Root;
}

/** The citation components a tree hands over, as `id/lang`. */
function citations(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: {
    type: string;
    name?: string;
    attributes?: { name: string; value: string }[];
    children?: unknown[];
  }) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Citation') {
      const attr = (n: string) => node.attributes?.find((a) => a.name === n)?.value;
      out.push(`${attr('id')}/${attr('lang')}`);
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as never);
  return out;
}

describe('remark-citations', () => {
  test('hands each [@id] in a footnote to the Citation component, with the page language', async () => {
    const tree = await mdxTree(remarkCitations, 'Text.[^1]\n\n[^1]: [@crs], p. 3.');
    expect(citations(tree)).toEqual(['crs/en']);
    expect(JSON.stringify(tree)).toContain('", p. 3."');
  });

  test('hands over several sources in one footnote, in order, and uses the folder language', async () => {
    const tree = await mdxTree(remarkCitations, 'A.[^1]\n\n[^1]: [@statute]; [@crs]', 'es');
    expect(citations(tree)).toEqual(['statute/es', 'crs/es']);
  });

  test('leaves [@id] outside footnotes alone (the content check reports it)', async () => {
    const tree = await mdxTree(remarkCitations, 'Write [@crs] to cite.');
    expect(citations(tree)).toEqual([]);
    expect(JSON.stringify(tree)).toContain('[@crs]');
  });
});

describe('remark-heading-ids', () => {
  test('a {/* #id */} marker fixes the id and leaves the words clean', async () => {
    const tree = await mdxTree(remarkHeadingIds, '## ¿Debo declarar? {/* #should-i-file */}\n\n## Plain');
    const [marked, plain] = tree.children as {
      data?: { hProperties?: { id?: string } };
      children: { value?: string }[];
    }[];
    expect(marked.data?.hProperties?.id).toBe('should-i-file');
    expect(marked.children.map((c) => c.value)).toEqual(['¿Debo declarar?']);
    expect(plain.data?.hProperties?.id).toBeUndefined();
  });

  test('an MDX expression that is not an id marker is left alone', async () => {
    const tree = await mdxTree(remarkHeadingIds, '## Title {/* a note */}');
    const [heading] = tree.children as { data?: { hProperties?: { id?: string } }; children: unknown[] }[];
    expect(heading.data?.hProperties?.id).toBeUndefined();
    expect(heading.children).toHaveLength(2);
  });
});

describe('rehype-table-region', () => {
  const table = 'Table: Where each case stood\n\n| Case | Court | Status |\n| --- | --- | --- |\n| A | B | C |\n';

  test('captions a table from the "Table:" paragraph before it, and drops the paragraph', async () => {
    const html = await render(table);
    expect(html).toContain('<caption>Where each case stood</caption>');
    expect(html).not.toContain('Table:');
    expect(html).not.toMatch(/<p>[^<]*Where each case stood/);
  });

  test('labels each cell of a three-column table with its column, for the stacked cards on a phone', async () => {
    const html = await render(table);
    expect(html).toContain('<div class="tp-table tp-cards"><table role="table">');
    expect(html).toContain('<td role="cell" data-label="Case">A</td>');
    expect(html).toContain('<td role="cell" data-label="Status">C</td>');
    expect(html).toContain('<th role="columnheader">Court</th>');
  });

  test('leaves a two-column table a plain table, and makes no table a focusable scrolling region', async () => {
    const html = await render('Table: Parts\n\n| Part | Covers |\n| --- | --- |\n| (a) | Rule |\n');
    expect(html).toContain('<div class="tp-table"><table><caption>Parts</caption>');
    expect(html).not.toMatch(/tabindex|role="region"|data-label|scrolls sideways/);
  });

  test('stops with the file and line when a table has no caption', async () => {
    await expect(render('Intro.\n\n| Case |\n| --- |\n| A |\n')).rejects.toThrow(
      /test\.md: line 3: table has no caption \(write a paragraph "Table: what it shows" right before it\)/,
    );
  });

  test('takes its caption from "Tabla:" on a Spanish page', async () => {
    const html = await render('Tabla: Las partes\n\n| Parte | Abarca |\n| --- | --- |\n| (a) | Regla |\n', 'es');
    expect(html).toContain('<caption>Las partes</caption>');
  });

  test('renders the table as reviewed', async () => {
    expect(await render(table)).toMatchSnapshot();
  });
});

describe('rehype-section-sign', () => {
  test('binds "§" and "§§" to their number with a no-break space', async () => {
    const html = await render('Under § 6103(i)(2) and §§ 7213–7213A, not § alone.');
    expect(html).toContain('Under §\u00a06103(i)(2) and §§\u00a07213–7213A, not § alone.');
  });

  test('keeps the heading id made from the ordinary space, so existing links still land', async () => {
    const html = await render('## What does § 6103 say?');
    expect(html).toContain('<h2 id="what-does--6103-say">What does §\u00a06103 say?</h2>');
  });

  test('leaves code alone', async () => {
    expect(await render('`§ 6103`')).toContain('<code>§ 6103</code>');
  });
});

describe('section links beside headings', () => {
  test('puts the link after the heading, not inside it, so the heading is heard once by its own words', async () => {
    const html = await render('## Who may ask?\n\n### What is (i)(2)?\n\n#### Not linked');
    expect(html).toContain(
      '<div class="tp-heading"><h2 id="who-may-ask">Who may ask?</h2><a class="tp-anchor" href="#who-may-ask" aria-label="Link to section: Who may ask?"></a></div>',
    );
    expect(html).toContain('<h3 id="what-is-i2">What is (i)(2)?</h3><a class="tp-anchor" href="#what-is-i2"');
    expect(html).toMatch(/<h4 id="not-linked">Not linked<\/h4>/);
  });

  test('names the link in Spanish on a Spanish page', async () => {
    const html = await render('## ¿Quién puede pedirla?', 'es');
    expect(html).toContain('aria-label="Enlace a la sección: ¿Quién puede pedirla?"');
  });

  test('render as reviewed', async () => {
    expect(await render('## Who may ask under § 6103?\n\n### Who signs')).toMatchSnapshot();
  });
});

describe('footnotes', () => {
  test('get a visible "Sources" heading with its own section link', async () => {
    const html = await render('A.[^1]\n\n[^1]: A source, 2026.');
    expect(html).toContain(
      '<div class="tp-heading"><h2 id="footnote-label">Sources</h2><a class="tp-anchor" href="#footnote-label" aria-label="Link to section: Sources"></a></div>',
    );
  });

  test('references are named "Source N", keep an id for each use, and carry no <sup> or data attributes', async () => {
    const html = await render(
      'A.[^1] B.[^1]\n\n[^1]: [A source](https://www.law.cornell.edu/uscode/text/26/6103), 2026.',
    );
    expect(html).toContain(
      '<p>A.<a href="#fn-1" id="fnref-1" aria-label="Source 1">1</a> B.<a href="#fn-1" id="fnref-1-2" aria-label="Source 1">1</a></p>',
    );
    expect(html).not.toMatch(/<sup>|data-footnote-(ref|backref)|user-content-|aria-describedby/);
    expect(html).toMatch(/<li id="fn-1"><a href="https:\/\/www\.law\.cornell\.edu/);
  });

  test('a note used once has one "↑" link back, named after the section it returns to', async () => {
    const html = await render('## Who may ask?\n\nA.[^1]\n\n[^1]: A source, 2026.');
    expect(html).toMatch(/2026\. <a href="#fnref-1" aria-label="Back to the text: Who may ask\?">↑<\/a><\/li>/);
  });

  test('a note used several times gets one lettered link back to each use (↑ a b c), each naming its section', async () => {
    const html = await render(
      'Intro.[^1]\n\n## Who may ask?\n\nA.[^1]\n\n### Who signs\n\nB.[^1]\n\n[^1]: A source, 2026.',
    );
    expect(html).toContain(
      '<span class="tp-back"><a href="#fnref-1" aria-label="Back to use 1 of 3: Opening paragraphs">a</a> <a href="#fnref-1-2" aria-label="Back to use 2 of 3: Who may ask?">b</a> <a href="#fnref-1-3" aria-label="Back to use 3 of 3: Who signs">c</a></span></li>',
    );
  });

  test('letters run a to z, then aa, ab, as Wikipedia does', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(useLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });

  test('are labelled in Spanish on a Spanish page', async () => {
    const html = await render('A.[^1]\n\n[^1]: A source, 2026.', 'es');
    expect(html).toMatch(/<h2 id="footnote-label">Fuentes/);
    expect(html).toContain('aria-label="Fuente 1"');
    expect(html).toContain('aria-label="Volver al texto: Introducción"');
  });

  test('render as reviewed', async () => {
    expect(
      await render(
        'Intro.[^1]\n\n## Who may ask?\n\nA.[^1][^2]\n\n[^1]: [Legal Sidebar LSB11413](https://www.congress.gov/crs-product/LSB11413), p. 3.\n[^2]: A wire story, June 2026.',
      ),
    ).toMatchSnapshot();
  });
});

describe('rehype-external-links', () => {
  test('marks outbound links noreferrer and leaves internal links alone', async () => {
    const html = await render('[out](https://www.irs.gov/) and [in](/section-6103/)');
    expect(html).toContain('<a href="https://www.irs.gov/" rel="noreferrer">out</a>');
    expect(html).toContain('<a href="/section-6103/">in</a>');
  });
});
