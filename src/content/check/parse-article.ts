import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { articleKey } from '../../paths.ts';

/** An article file split into its raw frontmatter and its Markdown syntax tree. */
export interface ParsedArticle {
  /** Path relative to the project root. */
  file: string;
  /** Language folder the file sits in. */
  folderLang: string;
  slug: string;
  /** Frontmatter as written, before validation. */
  data: Record<string, unknown>;
  /** Body syntax tree; positions are lines of the whole file. */
  tree?: Root;
  /** Set when the file could not be parsed at all. */
  parseError?: { line: number; message: string };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads and parses one article. Dates stay strings here, so "2026-02-30" can be reported, not rolled over. */
export function parseArticle(path: string, root: string = process.cwd()): ParsedArticle {
  const file = relative(root, path);
  const { lang: folderLang, slug } = articleKey(file);
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  const article: ParsedArticle = { file, folderLang, slug, data: {} };
  if (!match) {
    article.parseError = { line: 1, message: 'frontmatter is missing (the file must start with a --- block)' };
    return article;
  }
  try {
    const data = parseYaml(match[1]) as unknown;
    article.data = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch (error) {
    article.parseError = { line: 1, message: `frontmatter YAML error: ${(error as Error).message.split('\n')[0]}` };
    return article;
  }
  // Blank out the frontmatter instead of cutting it, so node positions stay the file's own line numbers.
  const body = match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
  try {
    article.tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    article.parseError = { line: e.line ?? e.place?.line ?? 1, message: `MDX syntax error: ${e.reason ?? e.message}` };
  }
  return article;
}
