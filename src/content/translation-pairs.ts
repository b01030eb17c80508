import { articlePath } from '../paths.ts';
import { isLang, type Lang } from '../site.ts';
import type { ReportedEntry } from './report.ts';

/** A published page in one language. */
export interface LangPage {
  lang: Lang;
  path: string;
}

/**
 * Every published article's path with the paths of all its language versions (itself included), paired
 * by `translationKey`, from the article entries the content layer loaded (ids "<lang>/<slug>"):
 *   en/itin-filers + es/contribuyentes-con-itin (same key) → "/itin-filers/" → [en /itin-filers/, es /es/contribuyentes-con-itin/]
 * For code that runs outside Astro's collections (the sitemap, the tests).
 */
export function translationPairs(articles: ReadonlyMap<string, ReportedEntry> | undefined): Map<string, LangPage[]> {
  const byKey = new Map<string, LangPage[]>();
  for (const [id, { data }] of articles ?? []) {
    const [lang, slug] = id.split('/');
    if (!isLang(lang) || data.draft === true || typeof data.translationKey !== 'string') continue;
    byKey.set(data.translationKey, [...(byKey.get(data.translationKey) ?? []), { lang, path: articlePath(lang, slug) }]);
  }
  const byPath = new Map<string, LangPage[]>();
  for (const versions of byKey.values()) for (const v of versions) byPath.set(v.path, versions);
  return byPath;
}
