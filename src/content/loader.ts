import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readCollection, type CollectionSpec } from './collection.ts';
import { formatProblem } from './problem.ts';
import { takeRead } from './prepared-reads.ts';
import { reportCollection } from './report.ts';

/**
 * An Astro collection loader for one content-layer spec. Every load reads the spec's files once (or takes
 * the read `npm run build` made for its content check, src/content/prepared-reads.ts), stores
 * the valid entries, logs each problem as `file: field (line N): message` (so `astro dev` shows them at
 * once) and records them in the content report, which the content-check integration turns into a failed
 * build. In `astro dev` the spec's folders are watched: an edit reloads the collection, no restart needed.
 */
export function contentLoader(spec: CollectionSpec): Loader {
  return {
    name: `taxprivacy:${spec.name}`,
    load: async ({ store, config, logger, watcher, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const result = takeRead(root, spec.name) ?? readCollection(spec, root);
        store.clear();
        for (const entry of result.entries) {
          store.set({
            id: entry.id,
            data: entry.data,
            body: entry.body,
            filePath: entry.filePath,
            digest: generateDigest(JSON.stringify([entry.data, entry.body ?? ''])),
            deferredRender: entry.render,
          });
        }
        const entries = new Map(result.entries.map((e) => [e.id, { data: e.data, origin: e.origin }]));
        reportCollection(spec.name, { problems: result.problems, entries, links: result.links });
        for (const p of result.problems) logger.error(formatProblem(p));
      };
      sync();
      if (!watcher) return;
      const folders = spec.folders.map((f) => resolve(root, f));
      for (const f of folders) watcher.add(f);
      watcher.on('all', (_event, changed) => {
        if (folders.some((f) => changed.startsWith(f))) sync();
      });
    },
  };
}
