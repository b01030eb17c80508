import type { z } from 'astro/zod';
import { defaultLang, isLang, type Lang } from '../../site.ts';
import type { SourceFile } from '../collection.ts';
import type { Problem } from '../problem.ts';
import { parseYaml, type YamlDocument, type YamlPath } from '../yaml-document.ts';
import { zodProblems } from '../zod-problems.ts';

/** A data file and its translations: `timeline.yaml` (English) beside `timeline.es.yaml` (Spanish text only). */
export interface Localized<T, O> {
  base?: { doc: YamlDocument; data: T };
  overlays: { lang: Lang; doc: YamlDocument; data: O }[];
  problems: Problem[];
}

/** "content/timeline.es.yaml" → "es"; the English file has no language in its name. */
export function overlayLang(path: string): string | undefined {
  return /\.([a-z]{2})\.yaml$/.exec(path)?.[1];
}

/** The English file a translation belongs to: "content/statute/6103.es.yaml" → "content/statute/6103.yaml". */
export function baseOf(path: string): string {
  return path.replace(/\.[a-z]{2}\.yaml$/, '.yaml');
}

/** Parses and validates one file against `schema`, reporting every issue with its field and line. */
export function readYamlWith<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
): { doc: YamlDocument; data?: z.output<S>; problems: Problem[] } {
  const doc = parseYaml(file.text, file.path);
  if (doc.problems.length > 0) return { doc, problems: doc.problems };
  const parsed = schema.safeParse(doc.value);
  if (!parsed.success) return { doc, problems: zodProblems(parsed.error, doc.value, doc, schema) };
  return { doc, data: parsed.data, problems: [] };
}

/** Reads one base file and its overlays (files named `<base>.<lang>.yaml` among `files`). */
export function readLocalized<T, O>(
  basePath: string,
  files: readonly SourceFile[],
  schema: z.ZodType<T>,
  overlaySchema: z.ZodType<O>,
): Localized<T, O> {
  const out: Localized<T, O> = { overlays: [], problems: [] };
  const base = files.find((f) => f.path === basePath);
  if (base) {
    const read = readYamlWith(base, schema);
    out.problems.push(...read.problems);
    if (read.data !== undefined) out.base = { doc: read.doc, data: read.data as T };
  }
  for (const file of files.filter((f) => f.path !== basePath && baseOf(f.path) === basePath)) {
    const lang = overlayLang(file.path);
    if (!lang || !isLang(lang) || lang === defaultLang) {
      out.problems.push({ file: file.path, where: 'file', message: `"${lang}" is not a translation language of this site` });
      continue;
    }
    if (!base) {
      out.problems.push({ file: file.path, where: 'file', message: `translates ${basePath}, which does not exist` });
      continue;
    }
    const read = readYamlWith(file, overlaySchema);
    out.problems.push(...read.problems);
    if (read.data !== undefined) out.overlays.push({ lang, doc: read.doc, data: read.data as O });
  }
  return out;
}

/**
 * Pairs the items of a list with their translations by `id`: every English item needs one and no other
 * may appear. Returns the translation of each English item (undefined where it is missing).
 */
export function pairById<B extends { id: string }, O extends { id: string }>(
  base: readonly B[],
  translated: readonly O[],
  doc: YamlDocument,
  path: YamlPath,
  what: string,
): { pairs: { base: B; overlay?: O }[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map(translated.map((o) => [o.id, o]));
  const known = new Set(base.map((b) => b.id));
  translated.forEach((o, i) => {
    if (!known.has(o.id))
      problems.push({ file: doc.file, where: doc.where([...path, i, 'id']), message: `"${o.id}" is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} of the English file` });
  });
  const pairs = base.map((b) => {
    const overlay = byId.get(b.id);
    if (!overlay)
      problems.push({ file: doc.file, where: doc.where(path), message: `has no translation of ${what} "${b.id}"` });
    return { base: b, overlay };
  });
  return { pairs, problems };
}
