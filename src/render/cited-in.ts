import type { MarkdownHeading } from 'astro';
import type { ArticleFacts } from '../schemas/article-facts.ts';

/** A page and section that cite a source, ready to link. */
export interface CitedIn {
  /** The article's URL. */
  path: string;
  /** The article's title. */
  articleTitle: string;
  /** The section's anchor, if the citation is under an h2. */
  sectionId?: string;
  /** The section's heading text. */
  sectionTitle?: string;
}

/** An article as the index needs it: where it is, what the content layer learned, and the headings the build made. */
export interface CitingArticle {
  path: string;
  title: string;
  facts: ArticleFacts;
  headings: readonly MarkdownHeading[];
}

const comparable = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/**
 * The built heading for each heading as written, by walking both in order (the build may add headings
 * of its own, such as the footnotes' label, and turns quotes typographic, so words are compared loosely).
 */
export function builtHeadingsOf(
  facts: ArticleFacts,
  built: readonly MarkdownHeading[],
): (MarkdownHeading | undefined)[] {
  let cursor = 0;
  return facts.headings.map((written) => {
    const want = comparable(written.text);
    for (let i = cursor; i < built.length; i++) {
      if (built[i].depth === written.depth && comparable(built[i].text) === want) {
        cursor = i + 1;
        return built[i];
      }
    }
    return undefined;
  });
}

/** For each source ID, every article section that cites it, articles in the order given. */
export function citedInIndex(articles: readonly CitingArticle[]): Map<string, CitedIn[]> {
  const index = new Map<string, CitedIn[]>();
  for (const article of articles) {
    const built = builtHeadingsOf(article.facts, article.headings);
    for (const place of article.facts.citations) {
      const heading = place.section === null ? undefined : built[place.section];
      for (const sourceId of place.sources) {
        const list = index.get(sourceId) ?? [];
        list.push({
          path: article.path,
          articleTitle: article.title,
          sectionId: heading?.slug,
          sectionTitle: heading?.text,
        });
        index.set(sourceId, list);
      }
    }
  }
  return index;
}
