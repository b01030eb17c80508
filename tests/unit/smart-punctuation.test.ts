import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import remarkSmartPunctuation from '../../src/plugins/remark-smart-punctuation.ts';
import { markdownOptions } from '../../src/plugins/index.ts';
import { parseMdxBody } from '../../src/content/mdx/parse.ts';
import { splitMdx } from '../../src/content/mdx/split.ts';

/** Every text value of a tree, in order: what the two plugins may change. */
function texts(tree: Root): string[] {
  const out: string[] = [];
  visit(tree, (node) => {
    if ('value' in node && typeof node.value === 'string') out.push(node.value);
  });
  return out;
}

function parse(mdx: string): Root {
  const { tree, error } = parseMdxBody(mdx);
  if (error) throw new Error(error.message);
  return tree!;
}

/** The tree after each plugin, from the same text. */
function both(mdx: string): { ours: string[]; theirs: string[]; before: string[] } {
  const ours = parse(mdx);
  const theirs = parse(mdx);
  const before = texts(parse(mdx));
  remarkSmartPunctuation()(ours);
  (remarkSmartypants as unknown as () => (tree: Root) => void)()(theirs);
  return { ours: texts(ours), theirs: texts(theirs), before };
}

const contentDir = join(process.cwd(), 'content');
const mdxFiles = (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.mdx'))
  .sort();

describe('typographic punctuation gives what remark-smartypants (Astro’s default) gives', () => {
  test.each(mdxFiles)('content/%s', (file) => {
    const body = splitMdx(readFileSync(join(contentDir, file), 'utf8'))!.body;
    const { ours, theirs, before } = both(body);
    expect(ours).toEqual(theirs);
    // A control: the content has straight quotes, so the comparison is of something that changed.
    if (/["']/.test(before.join(''))) expect(ours).not.toEqual(before);
  });

  test.each([
    ['quotes across emphasis and links', 'She said "the *law* [is](/x) clear" and left.'],
    ['a quote after inline code', 'Run `x` "now", then `"y"` stays.'],
    [
      'quotes at the start of a block',
      '"Opening" here.\n\n## "Heading" too\n\n| "a" | \'b\' |\n| - | - |\n| "c" | d |',
    ],
    ['dashes, ellipses and backticks', "Wait -- then... and . . . and ``this'' and --- too."],
    ['decades and possessives', "In the '80s the IRS's rules changed; 'twas so."],
    ['nested quotes', `He said, "'Quoted' words in a larger quote."`],
    ['style and script in JSX are left alone', 'Text <style>{`a "b"`}</style> and <b>"bold"</b> and <>"frag"</>.'],
    ['no quotes at all', 'Plain text with no quotes, dashes or dots'],
  ])('%s', (_name, mdx) => {
    const { ours, theirs } = both(mdx);
    expect(ours).toEqual(theirs);
  });
});

test('the site’s Markdown pipeline curls quotes, once', async () => {
  const options = markdownOptions();
  expect(options.smartypants).toBe(false);
  const processor = await createMarkdownProcessor(options);
  const { code } = await processor.render('He said "no" -- and meant it...', {
    frontmatter: { lang: 'en' },
    fileURL: new URL('file:///work/content/articles/en/test.md'),
  });
  expect(code).toContain('He said “no” — and meant it…');
});
