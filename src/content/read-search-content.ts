import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile, type CheckedYaml, type YamlPath } from './read-yaml.ts';
import type { Problem } from './problem.ts';
import type { z } from 'astro/zod';
import { languages, type Lang } from '../site.ts';
import {
  aliasesFileSchema,
  citationsFileSchema,
  questionsFileSchema,
  stopWordsFileSchema,
  uncoveredFileSchema,
  type AliasesFile,
  type CitationsFile,
  type QuestionsFile,
  type SearchLanguage,
  type StopWordsFile,
  type UncoveredFile,
} from '../schemas/search.ts';

/** Where the search's own content lives, relative to the project root. */
export const searchContentPaths = {
  aliases: 'content/search/aliases.yaml',
  stopWords: 'content/search/stop-words.yaml',
  citations: 'content/search/citations.yaml',
  questions: 'content/search/questions.yaml',
  uncovered: 'content/search/uncovered.yaml',
} as const;

/** The search content, checked; a file that is missing or invalid has no `data` and its problems listed. */
export interface SearchContent {
  aliases: CheckedYaml<AliasesFile>;
  stopWords: CheckedYaml<StopWordsFile>;
  citations: CheckedYaml<CitationsFile>;
  questions: CheckedYaml<QuestionsFile>;
  uncovered: CheckedYaml<UncoveredFile>;
  /** Every problem, one per line, naming the file and the field. */
  problems: Problem[];
}

/**
 * Reads and checks `content/search/` against its schemas. Whether citations can be read and links lead
 * to sections the build made is checked after the build, on what was built (src/build/search/).
 */
export function loadSearchContent(root: string = process.cwd()): SearchContent {
  const aliases = readIfThere(root, searchContentPaths.aliases, aliasesFileSchema);
  const stopWords = readIfThere(root, searchContentPaths.stopWords, stopWordsFileSchema);
  const citations = readIfThere(root, searchContentPaths.citations, citationsFileSchema);
  // Reader questions and uncovered topics are optional: a site can do without them.
  const questions = readIfThere(root, searchContentPaths.questions, questionsFileSchema, {});
  const uncovered = readIfThere(root, searchContentPaths.uncovered, uncoveredFileSchema, {});
  const problems = [aliases, stopWords, citations, questions, uncovered].flatMap((f) => f.problems);
  return { aliases, stopWords, citations, questions, uncovered, problems };
}

/**
 * One entry per language for the `search` collection: that language's part of every file, each link
 * with where it is written, so that a check after the build can name the file, field and line.
 */
export function searchLanguages(content: SearchContent): SearchLanguage[] {
  const at = (file: CheckedYaml<unknown>, path: YamlPath) => `${file.file}: ${file.where(path)}`;
  return (Object.keys(languages) as Lang[]).map((lang) => ({
    lang,
    aliases: content.aliases.data?.[lang] ?? [],
    stopWords: content.stopWords.data?.[lang] ?? [],
    questions: Object.entries(content.questions.data?.[lang] ?? {}).map(([url, questions]) => ({
      url,
      questions,
      at: at(content.questions, [lang, url]),
    })),
    uncovered: (content.uncovered.data?.[lang] ?? []).map((topic, i) => ({
      topic: topic.topic,
      forms: topic.forms,
      see: topic.see.map((url, j) => ({ url, at: at(content.uncovered, [lang, i, 'see', j]) })),
    })),
    citations: {
      defaultSection: content.citations.data?.defaultSection ?? '6103',
      targets: (content.citations.data?.targets ?? []).flatMap((entry, i) => {
        const url = entry.targets[lang];
        return url
          ? [
              {
                cite: entry.cite,
                url,
                at: at(content.citations, ['targets', i, 'targets', lang]),
                citeAt: at(content.citations, ['targets', i, 'cite']),
              },
            ]
          : [];
      }),
    },
  }));
}

/** `readYamlFile`, or for a missing file a "file is missing" problem (or `empty`, for an optional file). */
function readIfThere<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
  empty?: z.output<S>,
): CheckedYaml<z.output<S>> {
  if (existsSync(join(root, path))) return readYamlFile(join(root, path), root, schema);
  const none = { file: path, lineOf: () => undefined, where: () => 'file' };
  if (empty !== undefined) return { ...none, data: empty, problems: [] };
  return { ...none, problems: [{ file: path, where: 'file', message: 'is missing' }] };
}
