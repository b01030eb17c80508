import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { articlePath, articleKey } from '../paths.ts';
import { isLang, type Lang } from '../site.ts';
import { listArticleFiles } from './check/index.ts';

/** A published page in one language. */
export interface LangPage {
  lang: Lang;
  path: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Every published article's path with the paths of all its language versions (itself included),
 * paired by `translationKey`. Read from frontmatter only, for config-time code (the sitemap) that runs
 * outside Astro's collections; files the content check rejects are simply skipped here.
 */
export function readTranslationPairs(root: string = process.cwd()): Map<string, LangPage[]> {
  const byKey = new Map<string, LangPage[]>();
  for (const file of listArticleFiles(root)) {
    const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
    const data = (match ? parseYaml(match[1]) : {}) as { translationKey?: unknown; lang?: unknown; draft?: unknown };
    const { slug } = articleKey(file);
    if (typeof data.translationKey !== 'string' || typeof data.lang !== 'string' || !isLang(data.lang)) continue;
    if (data.draft === true) continue;
    const versions = byKey.get(data.translationKey) ?? [];
    versions.push({ lang: data.lang, path: articlePath(data.lang, slug) });
    byKey.set(data.translationKey, versions);
  }
  const byPath = new Map<string, LangPage[]>();
  for (const versions of byKey.values()) for (const v of versions) byPath.set(v.path, versions);
  return byPath;
}
