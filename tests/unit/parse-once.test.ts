import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { filesUnder } from '../../src/content/collection.ts';
import { analyzeBody } from '../../src/content/mdx/analyze.ts';
import { parseMdxBody } from '../../src/content/mdx/parse.ts';
import { keepParsedTrees, keepTree, keepingParsedTrees, takeTree } from '../../src/content/mdx/parsed-trees.ts';
import { splitMdx } from '../../src/content/mdx/split.ts';
import { markdownOptions } from '../../src/plugins/index.ts';

const root = join(import.meta.dirname, '..', '..');
const mdxFiles = filesUnder(root, 'content').filter((f) => f.endsWith('.mdx'));

/** Compiles one MDX file as the build does (Astro's MDX renderer, our pipeline), with `take` offered its body. */
async function compile(file: string, take: (text: string) => Root | undefined): Promise<string> {
  const text = readFileSync(join(root, file), 'utf8');
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const renderer = await unified(markdownOptions({ take })).createMdxRenderer!(
    { syntaxHighlight: false },
    { optimize: false, srcDir: pathToFileURL(join(root, 'src/')), sourcemap: false },
  );
  return (await renderer.process(content, join(root, file), frontmatter)).code;
}

describe('a build parses each MDX file once (the content check’s tree goes on to the compile)', () => {
  test('there are MDX files to test', () => {
    expect(mdxFiles.length).toBeGreaterThanOrEqual(8);
  });

  test('the body the check parses is exactly the text Astro’s MDX compiler receives', () => {
    for (const file of mdxFiles) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(splitMdx(text)?.body, file).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content);
    }
  });

  test('compiling from the check’s tree, sent across threads, gives the same module as parsing again', async () => {
    for (const file of mdxFiles) {
      const body = splitMdx(readFileSync(join(root, file), 'utf8'))!.body;
      let taken = 0;
      const reused = await compile(file, (text) => {
        if (text !== body) return undefined;
        taken++;
        // As a worker thread's tree arrives (src/content/mdx/read-bodies.ts): cloned.
        return structuredClone(parseMdxBody(body).tree);
      });
      expect(taken, file).toBe(1);
      expect(reused, file).toBe(await compile(file, () => undefined));
    }
  });

  test('the comparison above can fail: another file’s tree compiles to another module', async () => {
    const [file, other] = mdxFiles;
    const otherTree = parseMdxBody(splitMdx(readFileSync(join(root, other), 'utf8'))!.body).tree;
    expect(await compile(file, () => otherTree)).not.toBe(await compile(file, () => undefined));
  });

  test('the check’s analysis leaves the tree as it was parsed', () => {
    for (const file of mdxFiles) {
      const tree = parseMdxBody(splitMdx(readFileSync(join(root, file), 'utf8'))!.body).tree!;
      const before = structuredClone(tree);
      analyzeBody(file, tree);
      expect(tree, file).toEqual(before);
    }
  });
});

describe('the kept trees', () => {
  const tree = (value: string): Root => ({ type: 'root', children: [{ type: 'text', value }] }) as unknown as Root;

  test('are handed out once each, only for their own text, one per file even when two bodies are alike', () => {
    // This process may have turned keeping on in an earlier test file; the store is then shared.
    keepParsedTrees();
    expect(keepingParsedTrees()).toBe(true);
    const a = tree('a');
    const b = tree('b');
    keepTree('same body', a);
    keepTree('same body', b);
    expect(takeTree('another body')).toBeUndefined();
    expect([takeTree('same body'), takeTree('same body')]).toEqual(expect.arrayContaining([a, b]));
    expect(takeTree('same body')).toBeUndefined();
  });
});
