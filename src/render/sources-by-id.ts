import { getCollection } from 'astro:content';
import type { Source } from '../schemas/source.ts';

/** The source registry from the `sources` collection, by ID, for pages that show citations. */
export async function sourcesById(): Promise<Map<string, Source>> {
  return new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
}
