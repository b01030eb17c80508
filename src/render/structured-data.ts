import { languages, site, type Lang } from '../site.ts';
import { absoluteUrl, homePath } from '../paths.ts';
import { isoDate } from '../i18n/dates.ts';

/** What a page tells search engines about itself as schema.org JSON-LD. */
export interface StructuredPage {
  lang: Lang;
  /** The page's path, "/section-6103/". */
  path: string;
  /** The page's own title (no site name). */
  title: string;
  /** The page's social-card image, absolute. */
  image: string;
  /** Set for articles: first published and last substantive change. */
  article?: { published: Date; updated: Date };
}

/**
 * The page's JSON-LD graph: `Article` (headline, dates, language, publisher) for articles, `WebSite`
 * for a home page, and a `BreadcrumbList` (home → page) for every page but a home page.
 *   { lang: 'en', path: '/section-6103/', title: 'Section 6103…', article: {…} }
 *   → { '@context': 'https://schema.org', '@graph': [ { '@type': 'Article', … }, { '@type': 'BreadcrumbList', … } ] }
 * Why one graph: one data block per page, which a strict CSP leaves alone (it is not executed).
 */
export function structuredData(page: StructuredPage): Record<string, unknown> {
  const url = absoluteUrl(site.url, page.path);
  const home = homePath(page.lang);
  const inLanguage = languages[page.lang].htmlLang;
  const publisher = { '@type': 'Organization', name: site.name[page.lang], url: absoluteUrl(site.url, home) };
  const graph: Record<string, unknown>[] = [];
  if (page.article) {
    // Only what the page states and search engines use: every byte here is paid on every article load.
    graph.push({
      '@type': 'Article',
      headline: page.title,
      image: page.image,
      datePublished: isoDate(page.article.published),
      dateModified: isoDate(page.article.updated),
      inLanguage,
      author: publisher,
      publisher,
    });
  }
  if (page.path === home) {
    graph.push({ '@type': 'WebSite', name: site.name[page.lang], url, inLanguage, publisher });
  } else {
    graph.push({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: site.name[page.lang], item: absoluteUrl(site.url, home) },
        // The last crumb is the page itself, so it needs no URL.
        { '@type': 'ListItem', position: 2, name: page.title },
      ],
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON for a `<script type="application/ld+json">` block: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
