import type { z } from 'astro/zod';
import { languages, type Lang } from '../../site.ts';
import {
  aliasesFileSchema,
  citationsFileSchema,
  questionsFileSchema,
  stopWordsFileSchema,
  uncoveredFileSchema,
  type SearchLanguage,
} from '../../schemas/search.ts';
import type { CollectionRead, CollectionSpec, SourceFile } from '../collection.ts';
import type { YamlDocument, YamlPath } from '../yaml-document.ts';
import { readYamlWith } from './overlays.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The search's own content, relative to the project root, each file with its schema. Every file is
 * optional: without one, the search works with nothing of that kind (no aliases, no reader questions…).
 */
export const searchFiles = {
  aliases: { path: 'content/search/aliases.yaml', schema: aliasesFileSchema },
  stopWords: { path: 'content/search/stop-words.yaml', schema: stopWordsFileSchema },
  citations: { path: 'content/search/citations.yaml', schema: citationsFileSchema },
  questions: { path: 'content/search/questions.yaml', schema: questionsFileSchema },
  uncovered: { path: 'content/search/uncovered.yaml', schema: uncoveredFileSchema },
} as const;

type Files = typeof searchFiles;
type Read<K extends keyof Files> = { doc: YamlDocument; data: z.output<Files[K]['schema']> } | undefined;

/**
 * The search's own content (`content/search/*.yaml`: aliases, stop words, citation targets, reader
 * questions, uncovered subjects), one entry per language ("en", "es") holding that language's part of
 * every file. Each link in it keeps where it is written (`at`: file, field and line), so the indexer,
 * which checks the links against the built pages after the build, can name it.
 */
export const searchSpec: CollectionSpec = {
  name: 'search',
  folders: ['content/search'],
  list: (root) => ({
    files: Object.values(searchFiles)
      .map((f) => f.path)
      .filter((path) => existsSync(join(root, path))),
    problems: [],
  }),
  read: (files) => {
    const out: CollectionRead = { entries: [], problems: [], links: [] };
    const read = <K extends keyof Files>(key: K): Read<K> => {
      const file = files.find((f: SourceFile) => f.path === searchFiles[key].path);
      if (!file) return undefined;
      const result = readYamlWith(file, searchFiles[key].schema);
      out.problems.push(...result.problems);
      return result.data === undefined ? undefined : { doc: result.doc, data: result.data as z.output<Files[K]['schema']> };
    };
    const [aliases, stopWords, citations, questions, uncovered] = [
      read('aliases'),
      read('stopWords'),
      read('citations'),
      read('questions'),
      read('uncovered'),
    ] as const;
    const at = (doc: YamlDocument, path: YamlPath) => `${doc.file}: ${doc.where(path)}`;
    for (const lang of Object.keys(languages) as Lang[]) {
      const entry: SearchLanguage = {
        lang,
        aliases: aliases?.data[lang] ?? [],
        stopWords: stopWords?.data[lang] ?? [],
        questions: Object.entries(questions?.data[lang] ?? {}).map(([url, asked]) => ({
          url,
          questions: asked,
          at: at(questions!.doc, [lang, url]),
        })),
        uncovered: (uncovered?.data[lang] ?? []).map((topic, i) => ({
          topic: topic.topic,
          forms: topic.forms,
          see: topic.see.map((url, j) => ({ url, at: at(uncovered!.doc, [lang, i, 'see', j]) })),
        })),
        citations: {
          defaultSection: citations?.data.defaultSection ?? '6103',
          targets: (citations?.data.targets ?? []).flatMap((target, i) => {
            const url = target.targets[lang];
            if (!url) return [];
            const doc = citations!.doc;
            return [{ cite: target.cite, url, at: at(doc, ['targets', i, 'targets', lang]) }];
          }),
        },
      };
      out.entries.push({ id: lang, data: entry, origin: { file: 'content/search' } });
    }
    return out;
  },
};
