import type { ArticleChange } from '../schemas/article.ts';
import type { Lang } from '../site.ts';
import { articlePath } from '../paths.ts';
import { publishedArticles, slugOf, type Article } from './articles.ts';

/** One change to one article, with what a list or a feed needs to show and link it. */
export interface ChangeEntry extends ArticleChange {
  /** The article's title, slug and path. */
  article: { title: string; slug: string; path: string };
  /** Stable anchor of the entry on the updates page: "change-<slug>-<n>", n counting the article's changes from its first. */
  id: string;
}

/** Every change to the published articles of `lang`, newest first (same day: reading order, then newest first). */
export async function changesOf(lang: Lang): Promise<ChangeEntry[]> {
  const articles = await publishedArticles(lang);
  const entries = articles.flatMap((a, order) => entriesOf(a).map((entry) => ({ entry, order })));
  return entries
    .sort(
      (x, y) =>
        y.entry.date.getTime() - x.entry.date.getTime() || x.order - y.order || y.entry.id.localeCompare(x.entry.id),
    )
    .map((x) => x.entry);
}

/** An article's changes as entries, oldest first as written. */
export function entriesOf(a: Article): ChangeEntry[] {
  const slug = slugOf(a);
  const article = { title: a.data.title, slug, path: articlePath(a.data.lang, slug) };
  return a.data.changes.map((change, i) => ({ ...change, article, id: `change-${slug}-${i + 1}` }));
}
