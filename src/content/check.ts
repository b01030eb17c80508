import { readCollection, readFiles, readListed, type CollectionRead } from './collection.ts';
import { splitMdx } from './mdx/split.ts';
import { readBodiesAhead } from './mdx/read-bodies.ts';
import { allSpecs } from './collections/index.ts';
import { crossCheck } from './cross-check.ts';
import type { Problem } from './problem.ts';
import { allProblems, type ContentReport } from './report.ts';

export { formatProblem, type Problem } from './problem.ts';

/** Reads every collection of the project at `root` once, with the same specs the build's loaders use. */
export function readCollections(root: string): Map<string, CollectionRead> {
  return new Map(allSpecs.map((spec) => [spec.name, readCollection(spec, root)]));
}

/**
 * `readCollections`, with every MDX body parsed and analysed on two threads first (src/content/mdx/read-bodies.ts):
 * the same reads and the same problems, sooner on a site with many articles. For `npm run build`.
 */
export async function readCollectionsAhead(root: string): Promise<Map<string, CollectionRead>> {
  const listed = allSpecs.map((spec) => [spec, readFiles(spec, root)] as const);
  const bodies = listed.flatMap(([, { files }]) =>
    files.flatMap(({ path, text }) => {
      const split = path.endsWith('.mdx') ? splitMdx(text) : undefined;
      return split ? [{ file: path, body: split.body }] : [];
    }),
  );
  await readBodiesAhead(bodies);
  return new Map(listed.map(([spec, files]) => [spec.name, readListed(spec, files)]));
}

/** The report the loaders would fill from these reads. */
export function reportOf(reads: ReadonlyMap<string, CollectionRead>): ContentReport {
  const report: ContentReport = { problems: new Map(), entries: new Map(), links: new Map() };
  for (const [name, read] of reads) {
    report.problems.set(name, read.problems);
    report.entries.set(name, new Map(read.entries.map((e) => [e.id, { data: e.data, origin: e.origin }])));
    report.links.set(name, read.links);
  }
  return report;
}

/**
 * Reads every collection of the project at `root` exactly as the build's loaders do (the same specs) and
 * returns the report they would fill. For `npm run check:content` and the tests, which need no Astro.
 */
export function readContent(root: string): ContentReport {
  return reportOf(readCollections(root));
}

/** Every problem with a report: each collection's own, then those across collections. */
export function contentProblems(report: ContentReport): Problem[] {
  return [...allProblems(report), ...crossCheck(report)];
}

/**
 * Every problem the build stops on before it renders anything: each collection's (the search content is
 * one of them) and those across collections.
 */
export function checkReads(reads: ReadonlyMap<string, CollectionRead>): Problem[] {
  return contentProblems(reportOf(reads));
}

/** Checks all content at `root` and returns every problem, one per line-worthy fact. Reads only. */
export function checkContent(root: string = process.cwd()): Problem[] {
  return checkReads(readCollections(root));
}
