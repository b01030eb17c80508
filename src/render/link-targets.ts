import { render } from 'astro:content';
import type { Lang } from '../site.ts';
import { articlePath } from '../paths.ts';
import { publishedArticles, slugOf } from './articles.ts';
import type { LinkTargets } from './link-labels.ts';
import { oncePerBuild } from './per-build.ts';

/**
 * Every published article in `lang` with its headings, so links to article sections can be named (the
 * timeline, the glossary and the links of every page in another language ask: read once per build).
 */
export const articleLinkTargets: (lang: Lang) => Promise<LinkTargets> = oncePerBuild(readTargets);

async function readTargets(lang: Lang): Promise<LinkTargets> {
  const targets = new Map<string, { title: string; anchors: Map<string, string> }>();
  for (const article of await publishedArticles(lang)) {
    const { headings } = await render(article);
    targets.set(articlePath(lang, slugOf(article)), {
      title: article.data.title,
      anchors: new Map(headings.map((h) => [h.slug, h.text])),
    });
  }
  return targets;
}
