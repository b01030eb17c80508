import { render } from 'astro:content';
import type { Lang } from '../site.ts';
import { t } from '../i18n/translate.ts';
import { publishedArticles, slugOf } from './articles.ts';

/**
 * The heading text of every section id of every published article in `lang`, by article slug:
 * what a list of changes shows as the name of the section a change touched. The "In short" box is
 * not a Markdown heading, so it is named from the UI strings.
 */
export async function sectionNames(lang: Lang): Promise<Map<string, Map<string, string>>> {
  const names = new Map<string, Map<string, string>>();
  for (const article of await publishedArticles(lang)) {
    const { headings } = await render(article);
    const byId = new Map(headings.map((h) => [h.slug, h.text]));
    byId.set('in-short-heading', t(lang, 'article.inShort'));
    byId.set('in-short', t(lang, 'article.inShort'));
    names.set(slugOf(article), byId);
  }
  return names;
}
