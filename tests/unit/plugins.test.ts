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
    const html = await render('A.[^1] B.[^1]\n\n[^1]: A source, 2026.');
    expect(html).toMatch(/<h2 id="footnote-label">Sources<a class="tp-anchor"/);
    expect(html).toContain('<p>A.<a href="#fn-1" id="fnref-1">1</a> B.<a href="#fn-1">1</a></p>');
    expect(html).toMatch(/2026\. <a href="#fnref-1" aria-label="Back to text">↩<\/a><\/li>/);
    expect(html).not.toContain('fnref-1-2');
  });

  test('references are bare links with an id for the way back, no <sup> or data attributes', async () => {
    const html = await render('A.[^1]\n\n[^1]: [A source](https://www.law.cornell.edu/uscode/text/26/6103), 2026.');
    expect(html).toContain('<p>A.<a href="#fn-1" id="fnref-1">1</a></p>');
    expect(html).not.toMatch(/<sup>|data-footnote-(ref|backref)|user-content-/);
    expect(html).toMatch(/<li id="fn-1"><a href="https:\/\/www\.law\.cornell\.edu/);
  });

  test('are labelled in Spanish on a Spanish page', async () => {
    const html = await render('A.[^1]\n\n[^1]: A source, 2026.', 'es');
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
