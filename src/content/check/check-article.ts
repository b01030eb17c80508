import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import type { Source } from '../../schemas/source.ts';
import type { ParsedArticle } from './parse-article.ts';
import type { Problem } from '../problem.ts';
import { footnoteDefinitionsOf, footnoteReferencesOf, strayFootnoteReferencesOf } from './extract.ts';

/** Frontmatter against the schema; the language must match the folder. */
export function checkFrontmatter(article: ParsedArticle): { data?: ArticleData; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = articleSchema.safeParse(article.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || 'frontmatter';
      const message = issue.code === 'invalid_type' && article.data[field] === undefined ? 'is missing' : issue.message;
      problems.push({ file: article.file, where: field, message });
    }
    return { problems };
  }
  if (parsed.data.lang !== article.folderLang) {
    problems.push({
      file: article.file,
      where: 'lang',
      message: `is "${parsed.data.lang}" but the file is in the "${article.folderLang}" folder`,
    });
  }
  return { data: parsed.data, problems };
}

/** Every footnote reference has a definition, every definition is used and cites known sources as [@id]. */
export function checkFootnotes(article: ParsedArticle, sources: ReadonlyMap<string, Source>): Problem[] {
  const problems: Problem[] = [];
  if (!article.tree) return problems;
  const file = article.file;
  const defs = footnoteDefinitionsOf(article.tree);
  const defined = new Set(defs.map((d) => d.label));
  const used = new Set(footnoteReferencesOf(article.tree).map((r) => r.label));

  for (const ref of strayFootnoteReferencesOf(article.tree)) {
    if (!defined.has(ref.label)) {
      problems.push({ file, where: `line ${ref.line}`, message: `footnote [^${ref.label}] has no definition (add "[^${ref.label}]: [@source-id]")` });
    }
  }
  for (const def of defs) {
    const where = `line ${def.line}`;
    if (!used.has(def.label)) {
      problems.push({ file, where, message: `footnote [^${def.label}] is defined but never referenced` });
    }
    if (def.usesBraces) {
      problems.push({ file, where, message: `footnote [^${def.label}] uses {…}; cite sources as [@source-id]` });
    } else if (def.citations.length === 0) {
      problems.push({ file, where, message: `footnote [^${def.label}] cites no registered source (write [@source-id])` });
    }
    for (const id of def.citations) {
      if (!sources.has(id)) {
        problems.push({ file, where, message: `footnote [^${def.label}] cites unknown source "${id}" (not in content/sources/)` });
      }
    }
  }
  return problems;
}
