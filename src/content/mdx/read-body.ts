import type { ArticleFacts } from '../../schemas/article-facts.ts';
import type { LinkSource } from '../collection.ts';
import type { Problem } from '../problem.ts';
import { analyzeBody } from './analyze.ts';
import { parseMdxBody } from './parse.ts';
import { keepTree } from './parsed-trees.ts';
import type { Root } from 'mdast';

/** What the content layer learns from one MDX body: its facts, problems and links, or the syntax error that stops it. */
export type BodyReading =
  | { error: { line: number; message: string } }
  | { facts: ArticleFacts; problems: Problem[]; links: LinkSource[] };

/**
 * Parses and analyses one body, then hands the tree to `keep`: by default this thread's kept trees, for the
 * compile (parsed-trees.ts; nothing is kept unless the build asked). The same file and body always give the
 * same reading, and the analysis leaves the tree as parsed.
 */
export function readBody(file: string, body: string, keep = (tree: Root) => keepTree(body, tree)): BodyReading {
  const { tree, error } = parseMdxBody(body);
  if (error) return { error };
  const reading = analyzeBody(file, tree!);
  keep(tree!);
  return reading;
}

const key = Symbol.for('taxprivacy.body-readings');
const holder = globalThis as { [key]?: Map<string, { body: string; reading: BodyReading }> };

/**
 * Readings made ahead of time (src/content/mdx/read-bodies.ts reads many bodies on two threads), each handed
 * out once, and only for the very body it was made from; any other body is read here and now.
 */
export function preparedOrRead(file: string, body: string): BodyReading {
  const prepared = holder[key]?.get(file);
  if (prepared) holder[key]!.delete(file);
  return prepared && prepared.body === body ? prepared.reading : readBody(file, body);
}

/** Keeps readings for `preparedOrRead` to hand out. */
export function offerReadings(readings: Iterable<[file: string, body: string, reading: BodyReading]>): void {
  const store = (holder[key] ??= new Map());
  for (const [file, body, reading] of readings) store.set(file, { body, reading });
}
