import type { ArticleData } from '../schemas/article.ts';
import { langCodes } from '../site.ts';
import type { ContentReport } from './report.ts';

/**
 * What the build says without failing: every article or content page that has no twin in another language
 * ("no Spanish twin: content/articles/en/x.mdx (translation key x)"), so the gaps of a translation are listed
 * where the maintainer looks.
 */
export function missingTwins(report: ContentReport): string[] {
  const lines: string[] = [];
  for (const collection of ['articles', 'pages'] as const) {
    const entries = [...(report.entries.get(collection)?.entries() ?? [])];
    const keyOf = (id: string, data: Record<string, unknown>) =>
      collection === 'articles' ? (data as ArticleData).translationKey : id.split('/').slice(1).join('/');
    const langsByKey = new Map<string, Set<string>>();
    for (const [id, e] of entries) {
      if ((e.data as { draft?: boolean }).draft) continue;
      const key = keyOf(id, e.data);
      langsByKey.set(key, (langsByKey.get(key) ?? new Set()).add(String(e.data.lang)));
    }
    for (const [id, e] of entries) {
      if ((e.data as { draft?: boolean }).draft) continue;
      const key = keyOf(id, e.data);
      for (const lang of langCodes) {
        if (!langsByKey.get(key)?.has(lang)) lines.push(`no ${lang} twin: ${e.origin?.file ?? id} (translation key ${key})`);
      }
    }
  }
  return lines;
}
