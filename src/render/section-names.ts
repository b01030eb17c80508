import { render } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import type { Lang } from '../site.ts';
import { publishedArticles, slugOf } from './articles.ts';

/**
 * The built headings of the published articles of `lang` whose slugs are given, by slug: what names the
 * sections a page of /updates/ links to. Only the articles that page shows are rendered, so its work is
 * bounded like its size. (The headings the content layer read, `facts.headings`, are the words as written:
 * the build turns their quotes typographic and derives their ids, and a list names a section as the
 * article heads it.)
 */
export async function headingsOf(
  lang: Lang,
  slugs: ReadonlySet<string>,
): Promise<Map<string, readonly MarkdownHeading[]>> {
  const articles = (await publishedArticles(lang)).filter((a) => slugs.has(slugOf(a)));
  return new Map(await Promise.all(articles.map(async (a) => [slugOf(a), (await render(a)).headings] as const)));
}
