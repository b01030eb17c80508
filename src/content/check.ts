import { readCollection } from './collection.ts';
import { allSpecs } from './collections/index.ts';
import { crossCheck } from './cross-check.ts';
import type { Problem } from './problem.ts';
import { allProblems, type ContentReport } from './report.ts';

export { formatProblem, type Problem } from './problem.ts';

/**
 * Reads every collection of the project at `root` exactly as the build's loaders do (the same specs) and
 * returns the report they would fill. For `npm run check:content` and the tests, which need no Astro.
 */
export function readContent(root: string): ContentReport {
  const report: ContentReport = { problems: new Map(), entries: new Map(), links: new Map() };
  for (const spec of allSpecs) {
    const read = readCollection(spec, root);
    report.problems.set(spec.name, read.problems);
    report.entries.set(spec.name, new Map(read.entries.map((e) => [e.id, { data: e.data, origin: e.origin }])));
    report.links.set(spec.name, read.links);
  }
  return report;
}

/** Every problem with a report: each collection's own, then those across collections. */
export function contentProblems(report: ContentReport): Problem[] {
  return [...allProblems(report), ...crossCheck(report)];
}

/** Checks all content at `root` and returns every problem, one per line-worthy fact. Reads only. */
export function checkContent(root: string = process.cwd()): Problem[] {
  return contentProblems(readContent(root));
}
