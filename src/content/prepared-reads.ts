import { resolve } from 'node:path';
import type { CollectionRead } from './collection.ts';

/**
 * Reads made before Astro starts, handed to the collection loaders so the build reads content/ once:
 * `npm run build` checks every file first (and stops at once on a problem), then Astro's loaders store
 * what that check read instead of reading the files again.
 *
 * Why on globalThis: the loaders run inside Vite's module runner, which has its own copy of this module;
 * a key on globalThis is the one object both copies reach (as for the content report).
 */
interface Prepared {
  root: string;
  reads: Map<string, CollectionRead>;
}

const key = Symbol.for('taxprivacy.prepared-reads');
const holder = globalThis as { [key]?: Prepared };

/** Offers these reads of the project at `root` to the loaders of this process. */
export function offerReads(root: string, reads: ReadonlyMap<string, CollectionRead>): void {
  holder[key] = { root: resolve(root), reads: new Map(reads) };
}

/** The prepared read of one collection at `root`, handed out once (a later load, as in `astro dev`, reads the files). */
export function takeRead(root: string, collection: string): CollectionRead | undefined {
  const prepared = holder[key];
  if (!prepared || prepared.root !== resolve(root)) return undefined;
  const read = prepared.reads.get(collection);
  prepared.reads.delete(collection);
  return read;
}
