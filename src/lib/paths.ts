import { languages, defaultLang, type Lang } from '../site.ts';

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
