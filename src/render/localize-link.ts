import { defaultLang, type Lang } from '../site.ts';
import { referencePages, referencePath, splitHref, type ReferencePage } from '../paths.ts';
import type { LinkTargets } from './link-labels.ts';

/** Where a link written to an English page leads on a page in another language. */
export type LinkIn = (href: string) => string;

/**
 * The data files (the timeline, the glossary, the annotated statute) write each link once, to an English
 * page; on a page in another language it leads to the same place in that language: an article's
 * translation, at the same section when the translation has it (at its top when not), or a reference page
 * in that language (their anchors are the same in every language: translations are paired by id). A page
 * with no translation keeps the English link.
 *   localizeLink('/section-6103/#who-may-see', 'es', twins, targets) → '/es/seccion-6103/#who-may-see'
 * `twins`: English article path → its translation's path; `targets`: the anchors of the pages in `lang`.
 */
export function localizeLink(
  href: string,
  lang: Lang,
  twins: ReadonlyMap<string, string>,
  targets: LinkTargets,
): string {
  if (lang === defaultLang || !href.startsWith('/')) return href;
  const { path, hash } = splitHref(href, '/');
  const anchor = hash === undefined ? '' : href.slice(href.indexOf('#'));
  const reference = (Object.keys(referencePages) as ReferencePage[]).find(
    (page) => referencePath(defaultLang, page) === path,
  );
  if (reference) return `${referencePath(lang, reference)}${anchor}`;
  const twin = twins.get(path);
  if (!twin) return href;
  return hash !== undefined && targets.get(twin)?.anchors.has(hash) ? `${twin}${anchor}` : twin;
}
