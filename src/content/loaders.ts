import type { Loader } from 'astro/loaders';
import { loadGlossary, loadStatute, loadTimeline } from './read-reference-data.ts';
import { loadSources } from './read-sources.ts';
import { loadCases } from './read-cases.ts';

/**
 * Astro collection loaders for the data files in `content/`. They read through the same functions as the
 * content check, which runs first and stops the build on any problem, so invalid files never reach a page.
 */

/** A loader that stores each entry that `entries()` returns under its own `id` (or the key `keyOf` gives it). */
function entriesLoader<E extends { id: string }>(
  name: string,
  entries: () => readonly E[],
  keyOf: (entry: E) => string = (entry) => entry.id,
): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const entry of entries()) {
        const id = keyOf(entry);
        store.set({ id, data: await parseData({ id, data: { ...entry } }) });
      }
    },
  };
}

/** One entry per source of every `content/sources/*.yaml` list. */
export const sourcesLoader = () => entriesLoader('source-registry', () => [...loadSources('content/sources').byId.values()]);

/** One entry per statute section file (`content/statute/*.yaml`), keyed by the section's anchor. */
export const statuteLoader = () =>
  entriesLoader('statute-sections', () => loadStatute().flatMap(({ data }) => (data ? [data] : [])));

/** One entry per era of `content/timeline.yaml`. */
export const timelineErasLoader = () => entriesLoader('timeline-eras', () => loadTimeline()?.data?.eras ?? []);

/** One entry per event of `content/timeline.yaml`. */
export const timelineEventsLoader = () => entriesLoader('timeline-events', () => loadTimeline()?.data?.events ?? []);

/** One entry per term of `content/glossary.yaml`. */
export const glossaryLoader = () => entriesLoader('glossary-terms', () => loadGlossary()?.data ?? []);

/** One entry per case per language, keyed "<lang>/<case id>" (content/cases.yaml with its language overlays). */
export const casesLoader = () =>
  entriesLoader('cases', () => loadCases().cases, (c) => `${c.lang}/${c.id}`);

/** The overall status of the cases, one entry per language, keyed by the language. */
export const caseStatusLoader = () =>
  entriesLoader('case-status', () => loadCases().status.map((s) => ({ ...s, id: s.lang })));
