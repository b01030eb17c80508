import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problem.ts';

/** One content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, with "/" separators. */
  path: string;
  text: string;
}

/** One entry a collection stores. */
export interface ReadEntry {
  id: string;
  /** Validated data (schema output), plus whatever the reader derived from the file. */
  data: Record<string, unknown>;
  /** The Markdown body, for entries Astro renders (articles, pages). */
  body?: string;
  /** The file the entry came from, relative to the root; with `render`, Astro compiles it when a page renders it. */
  filePath?: string;
  /** True for MDX entries: Astro compiles `filePath` only when a page calls render(). */
  render?: boolean;
  /** Where the entry was written, for messages about it. */
  origin?: EntryOrigin;
}

/** A content file's links to pages of this site, with the lines that wrote them (for the post-build link check). */
export interface LinkSource {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The href as written. */
  url: string;
  /** Line in that file, when known. */
  line?: number;
}

/** The file and line an entry was written at. */
export interface EntryOrigin {
  file: string;
  line?: number;
  /** Names a field of the entry, with its line ("events[3] "x": sources[1] (line 40)"), for messages. */
  where?: (path: readonly (string | number)[]) => string;
}

/** What reading one collection's files produced. */
export interface CollectionRead {
  /** Valid entries only: an entry with a problem is left out, and its problem reported. */
  entries: ReadEntry[];
  problems: Problem[];
  /** Links to pages of this site that the files wrote, for the post-build link check to name their source. */
  links: LinkSource[];
}

/**
 * One collection of the content layer: which files it reads and how. The same spec feeds the Astro loader
 * (src/content/loader.ts, for builds and `astro dev`) and the direct check (src/content/check.ts, for
 * `npm run check:content` and the tests), so both read and judge the files the same way.
 */
export interface CollectionSpec {
  /** The collection's name in `src/content.config.ts`. */
  name: string;
  /** Folders whose files the collection reads, relative to the root (watched in `astro dev`). */
  folders: readonly string[];
  /** The files to read, relative to the root; every other file in `folders` that it does not want is a problem. */
  list(root: string): { files: string[]; problems: Problem[] };
  /** Turns the files into entries and problems. Pure: no file-system access. */
  read(files: readonly SourceFile[]): CollectionRead;
}

/** Every file under `folder` (relative to root), recursively, as root-relative "/"-paths; none if it is missing. */
export function filesUnder(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** A collection's files as read from disk, with the problems of listing them. */
export interface ListedFiles {
  files: SourceFile[];
  problems: Problem[];
}

/** Lists a collection's files and reads them from disk. */
export function readFiles(spec: CollectionSpec, root: string): ListedFiles {
  const { files, problems } = spec.list(root);
  return { files: files.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })), problems };
}

/** Hands files read by `readFiles` to the collection's reader. */
export function readListed(spec: CollectionSpec, listed: ListedFiles): CollectionRead {
  const read = spec.read(listed.files);
  return { ...read, problems: [...listed.problems, ...read.problems] };
}

/** Reads a collection's files from disk and hands them to its reader. */
export function readCollection(spec: CollectionSpec, root: string): CollectionRead {
  return readListed(spec, readFiles(spec, root));
}
