import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readYamlWith } from './collections/overlays.ts';
import type { Problem } from './problem.ts';
import type { z } from 'astro/zod';
import { aliasesFileSchema, citationsFileSchema, stopWordsFileSchema, type AliasesFile, type CitationsFile, type StopWordsFile } from '../schemas/search.ts';
import { findCitations, type Citation } from '../browser/search/citation.ts';

/** Where the search's own content lives, relative to the project root. */
export const searchContentPaths = {
  aliases: 'content/search/aliases.yaml',
  stopWords: 'content/search/stop-words.yaml',
  citations: 'content/search/citations.yaml',
} as const;

/** The search content, checked; a file that is missing or invalid has no `data` and its problems listed. */
export interface SearchContent {
  aliases: CheckedYaml<AliasesFile>;
  stopWords: CheckedYaml<StopWordsFile>;
  citations: CheckedYaml<CitationsFile>;
  /** Every problem, one per line, naming the file and the field. */
  problems: Problem[];
}

/** Reads and checks `content/search/`: the schemas, and that every citation in citations.yaml can be read. */
export function loadSearchContent(root: string = process.cwd()): SearchContent {
  const aliases = readIfThere(root, searchContentPaths.aliases, aliasesFileSchema);
  const stopWords = readIfThere(root, searchContentPaths.stopWords, stopWordsFileSchema);
  const citations = readIfThere(root, searchContentPaths.citations, citationsFileSchema);
  const problems = [...aliases.problems, ...stopWords.problems, ...citations.problems];
  citations.data?.targets.forEach((entry, i) => {
    if (!parseWholeCitation(entry.cite)) {
      problems.push({
        file: citations.file,
        where: citations.where(['targets', i, 'cite']),
        message: `"${entry.cite}" is not a citation the search can read (write it as "§ 6103(i)(2)" or "Pub. L. 94-455")`,
      });
    }
  });
  return { aliases, stopWords, citations, problems };
}

/** A YAML file checked against a schema, with what is needed to point at its lines. */
export interface CheckedYaml<T> {
  file: string;
  data?: T;
  problems: Problem[];
  where(path: readonly (string | number)[]): string;
}

/** The file checked against its schema, or a "file is missing" problem. */
function readIfThere<S extends z.ZodType>(root: string, path: string, schema: S): CheckedYaml<z.output<S>> {
  if (!existsSync(join(root, path))) return { file: path, problems: [{ file: path, where: 'file', message: 'is missing' }], where: () => 'file' };
  const read = readYamlWith({ path, text: readFileSync(join(root, path), 'utf8') }, schema);
  return { file: path, data: read.data, problems: read.problems, where: read.doc.where };
}

/** The citation that makes up all of `text`, with a section number; else undefined. */
export function parseWholeCitation(text: string): Citation | undefined {
  const found = findCitations(text);
  if (found.length !== 1 || found[0].text !== text.trim()) return undefined;
  const c = found[0].citation;
  return c.kind === 'public-law' || c.section !== undefined ? c : undefined;
}
