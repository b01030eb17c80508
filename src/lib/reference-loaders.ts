import type { Loader } from 'astro/loaders';
import { loadGlossary, loadStatute, loadTimeline } from './reference-data.ts';

/**
 * Astro collection loaders for the reference data. They read through the same functions as the content
 * check, which runs first and stops the build on any problem, so invalid files never reach a page.
 */

/** One entry per statute section file (`content/statute/*.yaml`), keyed by the section's anchor. */
export function statuteLoader(): Loader {
  return {
    name: 'statute-sections',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { data } of loadStatute()) {
        if (data) store.set({ id: data.id, data: await parseData({ id: data.id, data }) });
      }
    },
  };
}

/** One entry per era of `content/timeline.yaml`. */
export function timelineErasLoader(): Loader {
  return {
    name: 'timeline-eras',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const era of loadTimeline()?.data?.eras ?? []) {
        store.set({ id: era.id, data: await parseData({ id: era.id, data: era }) });
      }
    },
  };
}

/** One entry per event of `content/timeline.yaml`. */
export function timelineEventsLoader(): Loader {
  return {
    name: 'timeline-events',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const event of loadTimeline()?.data?.events ?? []) {
        store.set({ id: event.id, data: await parseData({ id: event.id, data: event }) });
      }
    },
  };
}

/** One entry per term of `content/glossary.yaml`. */
export function glossaryLoader(): Loader {
  return {
    name: 'glossary-terms',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const term of loadGlossary()?.data ?? []) {
        store.set({ id: term.id, data: await parseData({ id: term.id, data: term }) });
      }
    },
  };
}
