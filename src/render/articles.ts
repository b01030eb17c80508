import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../site.ts';
import { articleKey } from '../paths.ts';
import { oncePerBuild } from './per-build.ts';

export type Article = CollectionEntry<'articles'>;

/**
 * Published (non-draft) articles in `lang`, in the order readers should meet them.
 *
 * Every page asks for this list several times (the menu, "Keep reading", the section names), and the
 * articles cannot change during a build, so a build reads and sorts each language's list once: asked
 * afresh on each of 1,439 pages, it was a quarter to a third of rendering them at 1,000 articles. The list is
 * frozen, so no page can reorder it for the next.
 */
export const publishedArticles: (lang: Lang) => Promise<readonly Article[]> = oncePerBuild(readPublished);

async function readPublished(lang: Lang): Promise<readonly Article[]> {
  const all = await getCollection('articles', (a) => !a.data.draft && a.data.lang === lang);
  const titles = new Intl.Collator(languages[lang].htmlLang);
  return Object.freeze(all.sort((a, b) => order(a) - order(b) || titles.compare(a.data.title, b.data.title)));
}

/**
 * How many articles the home and 404 pages list, so neither grows with the site; the rest are on the
 * paginated list (src/pages/[...lang]/articles/[...page].astro).
 */
export const featuredCount = 6;

/** Articles per page of the paginated list of all articles. */
export const articlesPerPage = 20;

/** The first `featuredCount` published articles in `lang`, in reading order. */
export async function featuredArticles(lang: Lang): Promise<Article[]> {
  return (await publishedArticles(lang)).slice(0, featuredCount);
}

/**
 * Reading order, by reader need (the home page's "Start here", the menu, "Next article"): the page for
 * people who file with an ITIN first, as they are the most affected; then the agreement, the law and
 * its history.
 */
const readingOrder = ['itin-filers', 'irs-ice-agreement', 'section-6103', 'tax-reform-act-1976'];

function order(a: Article): number {
  const i = readingOrder.indexOf(a.data.translationKey);
  return i === -1 ? readingOrder.length : i;
}

/** The slug of an article entry ("en/section-6103" → "section-6103"). */
export function slugOf(a: Article): string {
  return articleKey(a.id).slug;
}
