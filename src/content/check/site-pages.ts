/** Ids that the article layout adds around the body, so links to them are valid. */
export const articleChromeIds = ['main-content', 'in-short', 'in-short-heading', 'toc', 'footnote-label', 'changes'] as const;

/** Pages built from code rather than from an article, with the ids a link may target. */
export const staticPages: Record<string, readonly string[]> = {
  '/': ['main-content', 'articles', 'latest'],
  '/search/': ['main-content', 'topics'],
};
