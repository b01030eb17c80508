import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { languages, site, defaultLang, type Lang } from '../site.ts';
import { absoluteUrl, isLaterListPage, pageToolsPath } from '../paths.ts';
import { translationPairs, type LangPage } from '../content/translation-pairs.ts';
import { contentReport } from '../content/report.ts';

/**
 * The sitemap (@astrojs/sitemap) with every page's language versions as `xhtml:link` alternates.
 * Its i18n option pairs pages whose paths differ only by the language prefix ("/x/" and "/es/x/");
 * articles are paired by `translationKey` instead, so a translation may have its own slug.
 * A later page of a paginated list ("/updates/2/") gets no alternates: page 2 of one language's changes
 * holds other entries than page 2 of another's, and the pages themselves claim no twin.
 * Left out: the error page and the page-tools helper, which are not pages to land on.
 */
export default function siteSitemap(): AstroIntegration {
  // Read when the sitemap is written, after the content layer has loaded every article.
  let pairs: Map<string, LangPage[]> | undefined;
  // The same hreflang values as the pages' own <link rel="alternate"> tags (BaseLayout).
  const locales = Object.fromEntries(Object.entries(languages).map(([lang, l]) => [lang, l.htmlLang])) as Record<
    Lang,
    string
  >;
  return sitemap({
    filter: (page) => {
      const path = new URL(page).pathname;
      return path !== pageToolsPath && !/^\/(?:[a-z]{2}\/)?404(?:\.html|\/)?$/.test(path);
    },
    i18n: { defaultLocale: defaultLang, locales },
    serialize: (item: SitemapItem) => {
      const path = new URL(item.url).pathname;
      if (isLaterListPage(path)) return { ...item, links: [] };
      pairs ??= translationPairs(contentReport().entries.get('articles'));
      const versions = pairs.get(path);
      if (!versions) return item;
      return {
        ...item,
        links:
          versions.length > 1
            ? versions.map((v) => ({ url: absoluteUrl(site.url, v.path), lang: locales[v.lang] }))
            : [],
      };
    },
  });
}
