import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { sourceSchema } from './schemas/source.ts';
import { loadSources } from './lib/sources.ts';

/** Articles: `content/articles/<lang>/<slug>.mdx`; the entry id is "<lang>/<slug>". */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

/** The source registry: every entry of every `content/sources/*.yaml` list. */
const sources = defineCollection({
  loader: {
    name: 'source-registry',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const source of loadSources('content/sources').byId.values()) {
        store.set({ id: source.id, data: await parseData({ id: source.id, data: source }) });
      }
    },
  },
  schema: sourceSchema,
});

export const collections = { articles, sources };
