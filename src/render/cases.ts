import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../site.ts';

/** A case as pages render it: the `cases` collection's data in one language. */
export type CaseData = CollectionEntry<'cases'>['data'];
/** The overall status in one language. */
export type StatusData = CollectionEntry<'caseStatus'>['data'];

/** Every case and appeal in `lang`, in the order of content/cases.yaml. */
export async function casesIn(lang: Lang): Promise<CaseData[]> {
  return (await getCollection('cases', (e) => e.data.lang === lang))
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order);
}

/** One case in `lang`; a clear error naming the id when content/cases.yaml has no such case. */
export async function caseById(id: string, lang: Lang): Promise<CaseData> {
  const all = await casesIn(lang);
  const found = all.find((c) => c.id === id);
  if (!found) {
    throw new Error(`No case "${id}" in content/cases.yaml (cases: ${all.map((c) => c.id).join(', ')})`);
  }
  return found;
}

/** The overall status in `lang`, for the status line. */
export async function overallStatus(lang: Lang): Promise<StatusData> {
  const found = (await getCollection('caseStatus', (e) => e.data.lang === lang))[0]?.data;
  if (!found) throw new Error('content/cases.yaml has no overall status (the `status:` block)');
  return found;
}

export { courtAndNumber, localizeEvents, textLangAttr } from './case-text.ts';
