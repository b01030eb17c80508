/** Ids that the article layout adds around the body, so links to them are valid. */
export const articleChromeIds = ['main-content', 'in-short', 'in-short-heading', 'toc', 'toc-heading', 'answers-label', 'keep-reading', 'footnote-label'] as const;

/** Pages built from code rather than from an article, with the ids a link may target. */
export const staticPages: Record<string, readonly string[]> = {
  '/': ['main-content', 'start-here', 'latest', 'about-this-site'],
  '/search/': ['main-content', 'topics'],
};
