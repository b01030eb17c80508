import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { languages, type Lang } from '../../site.ts';
import { articlePath, referencePath } from '../../paths.ts';
import { publishedArticles, slugOf } from '../../render/articles.ts';
import type { SearchSource, SearchTopic } from '../../schemas/search.ts';

/**
 * What the search index needs beyond the built pages, for one language: the `search` collection's
 * entry (aliases, stop words, reader questions, uncovered topics, citation targets), the glossary's
 * terms and their other forms, the statute page's anchors and the first articles. Written to
 * dist/search-source/<lang>.json, where the post-build indexer (src/build/search/) reads it, checks
 * its links against the built pages, and removes it: it is build data, not part of the site.
 */
export function getStaticPaths() {
  return (Object.keys(languages) as Lang[]).map((lang) => ({ params: { lang } }));
}

/** Articles offered as "closest topics" when nothing matches: the first ones readers meet, so the list stays short. */
const TOPIC_ARTICLES = 6;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const content = (await getEntry('search', lang))?.data;
  const glossary = (await getCollection('glossary', (e) => e.data.lang === lang)).map((e) => e.data);
  const statute = (await getCollection('statute', (e) => e.data.lang === lang)).map((e) => e.data);
  const articles = (await publishedArticles(lang)).slice(0, TOPIC_ARTICLES);

  const topics: SearchTopic[] = [
    ...articles.map((a) => ({ label: a.data.title, url: articlePath(lang, slugOf(a)), kind: 'article' as const })),
    ...glossary.map((term) => ({
      label: term.term,
      url: `${referencePath(lang, 'glossary')}#${term.id}`,
      kind: 'term' as const,
    })),
  ];
  const source: SearchSource = {
    lang,
    label: languages[lang].label,
    aliases: [
      ...(content?.aliases ?? []),
      // A glossary term's other forms ("MOU") are aliases of it.
      ...glossary.filter((term) => term.also.length > 0).map((term) => [term.term, ...term.also]),
    ],
    stopWords: content?.stopWords ?? [],
    foreignStopWords: await foreignStopWords(lang, content?.stopWords ?? []),
    questions: content?.questions ?? [],
    uncovered: content?.uncovered ?? [],
    citations: content?.citations ?? { defaultSection: '6103', targets: [] },
    statute: {
      url: referencePath(lang, 'statute'),
      anchors: statute
        .sort((a, b) => a.order - b.order)
        .flatMap((section) => [
          { cite: `§ ${section.number}`, id: section.id, heading: section.title },
          ...section.provisions.flatMap((p) =>
            [p, ...p.parts].map((part) => ({ cite: part.cite, id: part.id, heading: part.heading })),
          ),
        ]),
    },
    topics,
  };
  return new Response(JSON.stringify(source), { headers: { 'content-type': 'application/json' } });
};

/** The stop words of every other language that `own` does not list. */
async function foreignStopWords(lang: Lang, own: readonly string[]): Promise<string[]> {
  const mine = new Set(own.map((w) => w.toLowerCase()));
  const others = (await getCollection('search')).filter((e) => e.data.lang !== lang);
  return [...new Set(others.flatMap((e) => e.data.stopWords))].filter((w) => !mine.has(w.toLowerCase()));
}
