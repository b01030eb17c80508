import type { EntryOrigin, LinkSource } from './collection.ts';
import type { Problem } from './problem.ts';

/** An entry as the report keeps it. */
export interface ReportedEntry {
  data: Record<string, unknown>;
  origin?: EntryOrigin;
}

/**
 * What the content layer found while loading, for the whole process: the problems of every file (each
 * loader replaces its own on every load, so `astro dev` never shows a fixed problem), the loaded data
 * that cross-collection checks need, and the links content files wrote.
 *
 * Why process-wide: Astro runs `content.config.ts` through Vite's module runner and the integrations
 * through Node, so the two see different instances of this module; a key on `globalThis` is the one
 * object both reach. Only the content layer writes it; the content-check integration reads it.
 */
export interface ContentReport {
  /** Problems found by each loader, by collection name. */
  problems: Map<string, Problem[]>;
  /** Each collection's loaded entries, by collection name, then entry id: their data and where they were written. */
  entries: Map<string, Map<string, ReportedEntry>>;
  /** Site links written in each collection's files, by collection name. */
  links: Map<string, LinkSource[]>;
}

const key = Symbol.for('taxprivacy.content-report');

/** The process's one content report. */
export function contentReport(): ContentReport {
  const holder = globalThis as { [key]?: ContentReport };
  holder[key] ??= { problems: new Map(), entries: new Map(), links: new Map() };
  return holder[key];
}

/** Replaces what one collection reported (called by its loader at the end of every load). */
export function reportCollection(
  collection: string,
  found: { problems: Problem[]; entries: Map<string, ReportedEntry>; links: LinkSource[] },
): void {
  const report = contentReport();
  report.problems.set(collection, found.problems);
  report.entries.set(collection, found.entries);
  report.links.set(collection, found.links);
}

/** Every problem of every collection, in collection order. */
export function allProblems(report: ContentReport = contentReport()): Problem[] {
  return [...report.problems.values()].flat();
}
