import { languages, defaultLang, type Lang } from './site.ts';

/** The only code that builds site URLs. Every path starts and ends with "/". */

/** The home page of a language: "/" or "/es/". */
export function homePath(lang: Lang): string {
  return `${languages[lang].pathPrefix}/`;
}

/** An article's URL: "/section-6103/" in English, "/es/section-6103/" in Spanish. */
export function articlePath(lang: Lang, slug: string): string {
  return `${languages[lang].pathPrefix}/${slug}/`;
}

/** The route parameter that `src/pages/[...path].astro` receives for an article. */
export function articleRouteParam(lang: Lang, slug: string): string {
  return articlePath(lang, slug).slice(1, -1);
}

/** Splits "content/articles/en/section-6103.mdx" (or an entry id "en/section-6103") into lang and slug. */
export function articleKey(idOrPath: string): { lang: string; slug: string } {
  const parts = idOrPath.replace(/\.mdx?$/, '').split('/');
  const slug = parts.at(-1) ?? '';
  const lang = parts.at(-2) ?? defaultLang;
  return { lang, slug };
}

/** Normalises an internal href to its page path and anchor: "/a/#b" → { path: "/a/", hash: "b" }. */
export function splitHref(href: string, currentPath: string): { path: string; hash?: string } {
  const [rawPath, hash] = href.split('#', 2);
  let path = rawPath === '' ? currentPath : rawPath.split('?')[0];
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return { path, hash: hash === undefined || hash === '' ? undefined : decodeURIComponent(hash) };
}

/** Absolute URL for canonical links. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}

/** The reference pages, each with its path under a language's home page. */
export const referencePages = {
  statute: 'law/6103',
  timeline: 'timeline',
  glossary: 'glossary',
  sources: 'sources',
  about: 'about',
} as const;

/** The name of a reference page. */
export type ReferencePage = keyof typeof referencePages;

/** The URL of a reference page: "/law/6103/", "/es/law/6103/" (the post-build link check proves each exists). */
export function referencePath(lang: Lang, page: ReferencePage): string {
  return `${homePath(lang)}${referencePages[page]}/`;
}

/** The list of every article, page `page` (1: "/articles/", 2: "/articles/2/"; "/es/articles/" in Spanish). */
export function articlesPath(lang: Lang, page = 1): string {
  return `${homePath(lang)}articles/${page > 1 ? `${page}/` : ''}`;
}

/** The search page: "/search/" in English, "/es/search/" in Spanish. */
export function searchPath(lang: Lang): string {
  return `${homePath(lang)}search/`;
}

/** The Pagefind bundle of one language's index: "/pagefind/en/". */
export function searchBundlePath(lang: string): string {
  return `/pagefind/${lang}/`;
}

/** The folder of a language's word lists (for honest matches and spelling), beside its bundle. */
export function searchVocabularyPath(lang: string): string {
  return `${searchBundlePath(lang)}words/`;
}

/** What the build writes for the search indexer, which reads it after the build and removes it. */
export function searchSourcePath(lang: string): string {
  return `/search-source/${lang}.json`;
}

/** The file with a language's stop words, aliases, citation targets and topics, beside its bundle. */
export function searchDataPath(lang: string): string {
  return `${searchBundlePath(lang)}search-data.json`;
}

/** The list of changes to the articles of a language, page `page`, newest first (1: "/updates/", 2: "/updates/2/"; "/es/updates/" in Spanish). */
export function updatesPath(lang: Lang, page = 1): string {
  return `${homePath(lang)}updates/${page > 1 ? `${page}/` : ''}`;
}

/** True for the second or a later page of a paginated list ("/updates/2/", "/es/articles/3/"). */
export function isLaterListPage(path: string): boolean {
  return /\/(?:articles|updates)\/(?:[2-9]|[1-9]\d+)\/$/.test(path);
}

/** A language's feed of article changes (RSS 2.0): "/updates/feed.xml", "/es/updates/feed.xml". */
export function feedPath(lang: Lang): string {
  return `${updatesPath(lang)}feed.xml`;
}

/** The sitemap index that @astrojs/sitemap writes at the site root. */
export const sitemapPath = '/sitemap-index.xml';

/**
 * The social-card image of a page, from the page's path: "/" → "/og/index.png",
 * "/es/section-6103/" → "/og/es/section-6103.png", "/404.html" → "/og/404.png".
 */
export function socialImagePath(pagePath: string): string {
  const name = pagePath
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.html$/, '');
  return `/og/${name === '' ? 'index' : name}.png`;
}

/** An article's citation as CSL-JSON, for reference managers: "/section-6103/cite.json". */
export function citationDataPath(lang: Lang, slug: string): string {
  return `${articlePath(lang, slug)}cite.json`;
}

/**
 * The helper page of the page tools (section-link and citation copy buttons), loaded into each page's
 * tools frame on a reader's first use, so that no page runs or fetches a script before the reader asks for it.
 */
export const pageToolsPath = '/tools/';
