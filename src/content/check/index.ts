import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isLang } from '../../site.ts';
import { articlePath } from '../../paths.ts';
import { loadSources } from '../read-sources.ts';
import { parseArticle, type ParsedArticle } from './parse-article.ts';
import { checkFrontmatter, checkFootnotes } from './check-article.ts';
import { checkLinks, type PageIndex } from './check-links.ts';
import { headingsOf, linksOf } from './extract.ts';
import { checkUncitedNumbers, type NumberException } from './uncited-numbers.ts';
import { loadRefusedDomains, refusedMatch } from './refused-domains.ts';
import { articleChromeIds, staticPages } from './site-pages.ts';
import { checkReferenceData } from './check-reference.ts';
import { checkCaseComponents, checkCases } from './check-cases.ts';
import { checkChangeSections } from './check-changes.ts';
import type { Problem } from '../problem.ts';

export { formatProblem, type Problem } from '../problem.ts';

/** Where the content lives, relative to the project root. */
export const contentPaths = {
  articles: 'content/articles',
  sources: 'content/sources',
  refusedDomains: 'content/refused-domains.yaml',
  numberExceptions: 'content/uncited-number-exceptions.yaml',
} as const;

/** Every article file under `content/articles/<lang>/`. */
export function listArticleFiles(root: string): string[] {
  const dir = join(root, contentPaths.articles);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
        .map((f) => join(dir, d.name, f)),
    )
    .sort();
}

/**
 * The pages the build will produce and the ids on each, from the content alone. `reference` adds the
 * reference pages (/law/6103/, /timeline/, …) with the anchors derived from their data.
 */
export function buildPageIndex(articles: ParsedArticle[], reference: PageIndex = new Map()): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const [path, ids] of Object.entries(staticPages)) pages.set(path, new Set(ids));
  for (const [path, ids] of reference) pages.set(path, new Set(ids));
  for (const a of articles) {
    if (!isLang(a.folderLang) || a.data.draft === true) continue;
    const ids = new Set<string>(articleChromeIds);
    for (const h of a.tree ? headingsOf(a.tree) : []) ids.add(h.id);
    pages.set(articlePath(a.folderLang, a.slug), ids);
  }
  return pages;
}

function readList<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  const list = parse(readFileSync(path, 'utf8')) as T[] | null;
  return Array.isArray(list) ? list : [];
}

/**
 * Checks all content and returns every problem found, one per line-worthy fact. Reads only; never
 * writes. `root` is the project (or a test fixture) folder holding `content/`.
 */
export function checkContent(root: string = process.cwd(), extraPages: PageIndex = new Map()): Problem[] {
  const sourcesDir = join(root, contentPaths.sources);
  const { byId: sources, origin, problems } = existsSync(sourcesDir)
    ? loadSources(sourcesDir, root)
    : { byId: new Map(), origin: new Map(), problems: [] as Problem[] };

  const refused = existsSync(join(root, contentPaths.refusedDomains))
    ? loadRefusedDomains(join(root, contentPaths.refusedDomains))
    : [];
  for (const [id, source] of sources) {
    const hit = source.url ? refusedMatch(source.url, refused) : undefined;
    if (hit) {
      const at = origin.get(id);
      problems.push({
        file: at?.file ?? contentPaths.sources,
        where: `source "${id}"${at?.line ? ` (line ${at.line})` : ''}: url`,
        message: `links ${hit.domain}, a refused domain (${hit.reason}); cite the original or a primary source`,
      });
    }
  }

  const exceptions = readList<NumberException>(join(root, contentPaths.numberExceptions));
  const articles = listArticleFiles(root).map((f) => parseArticle(f, root));
  const reference = checkReferenceData(root, sources);
  problems.push(...reference.problems);
  const cases = checkCases(root, sources);
  problems.push(...cases.problems);
  const pages = buildPageIndex(articles, reference.pages);
  for (const [path, ids] of extraPages) pages.set(path, new Set(ids));

  for (const article of articles) {
    if (article.parseError) {
      problems.push({ file: article.file, where: `line ${article.parseError.line}`, message: article.parseError.message });
      continue;
    }
    problems.push(...checkFrontmatter(article).problems);
    problems.push(...checkFootnotes(article, sources));
    if (!article.tree) continue;
    const here = isLang(article.folderLang) ? articlePath(article.folderLang, article.slug) : '/';
    const links = linksOf(article.tree);
    problems.push(...checkLinks(article.file, here, links, pages));
    for (const link of links) {
      const hit = refusedMatch(link.url, refused);
      if (hit) problems.push({ file: article.file, where: `line ${link.line}`, message: `links ${hit.domain}, a refused domain (${hit.reason})` });
    }
    problems.push(...checkUncitedNumbers(article.file, article.tree, exceptions));
    problems.push(...checkCaseComponents(article.file, article.tree, cases.caseIds));
    problems.push(...checkChangeSections(article.file, article.data, pages.get(here) ?? new Set()));
  }
  for (const { file, from, links } of [...reference.links, ...cases.links]) problems.push(...checkLinks(file, from, links, pages));
  return problems;
}
