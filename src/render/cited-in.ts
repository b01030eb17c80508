import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { footnoteDefinitionsOf } from '../content/check/extract.ts';

/** A place in an article that cites a source: the h2 section around the footnote reference. */
export interface CitationSite {
  /** The source ID cited. */
  sourceId: string;
  /** Id of the nearest h2 before the footnote reference; absent for text above the first h2. */
  sectionId?: string;
  /** That heading's text. */
  sectionTitle?: string;
}

/**
 * Every (source, section) pair in an article, in reading order, each once. The section is the nearest
 * h2 before the footnote *reference*, because that is where the reader meets the fact. Heading ids are
 * made the way the content check and Astro make them: GitHub slugs of every heading, in order.
 */
export function citationSites(tree: Root): CitationSite[] {
  const citations = new Map(footnoteDefinitionsOf(tree).map((d) => [d.label, d.citations]));
  const slugger = new GithubSlugger();
  const seen = new Set<string>();
  const out: CitationSite[] = [];
  let section: { id: string; title: string } | undefined;
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type === 'heading') {
      const title = toString(node);
      const id = slugger.slug(title);
      if (node.depth === 2) section = { id, title };
      return undefined;
    }
    if (node.type === 'footnoteReference') {
      for (const sourceId of citations.get(node.label ?? node.identifier) ?? []) {
        const key = `${sourceId}#${section?.id ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ sourceId, sectionId: section?.id, sectionTitle: section?.title });
      }
    }
    return undefined;
  });
  return out;
}

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

/** For each source ID, every article section that cites it, articles in the order given. */
export function citedInIndex(articles: readonly { path: string; title: string; tree: Root }[]): Map<string, CitedIn[]> {
  const index = new Map<string, CitedIn[]>();
  for (const article of articles) {
    for (const site of citationSites(article.tree)) {
      const list = index.get(site.sourceId) ?? [];
      list.push({
        path: article.path,
        articleTitle: article.title,
        sectionId: site.sectionId,
        sectionTitle: site.sectionTitle,
      });
      index.set(site.sourceId, list);
    }
  }
  return index;
}
