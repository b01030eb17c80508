import type { Loader } from 'astro/loaders';
import { loadGlossary, loadStatute, loadTimeline } from './read-reference-data.ts';
import { loadSources } from './read-sources.ts';
import { loadSearchContent, searchLanguages } from './read-search-content.ts';

/**
 * Astro collection loaders for the data files in `content/`. They read through the same functions as the
 * content check, which runs first and stops the build on any problem, so invalid files never reach a page.
 */

/** A loader that stores each entry that `entries()` returns under its own `id`. */
function entriesLoader(name: string, entries: () => readonly { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const entry of entries()) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry } }) });
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

/** One entry per language: that language's part of `content/search/*.yaml` (aliases, stop words, questions…). */
export const searchLoader = () =>
  entriesLoader('search-content', () => searchLanguages(loadSearchContent()).map((entry) => ({ id: entry.lang, ...entry })));
