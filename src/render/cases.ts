import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../site.ts';
import type { TimelineEvent } from '../schemas/timeline.ts';

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

/** The `lang` attribute a piece of case text needs: set only when the text is not in the page's language. */
export function textLangAttr(entry: { lang: Lang; textLang: Lang }): Lang | undefined {
  return entry.textLang === entry.lang ? undefined : entry.textLang;
}

/** The case caption, with "(appeal)"-style marking left to the caller: the court's short name and number. */
export function courtAndNumber(c: Pick<CaseData, 'courtShort' | 'docket'>): string {
  return c.docket ? `${c.courtShort} ${c.docket}` : c.courtShort;
}

/**
 * Timeline events in `lang`: an event taken from a ruling gets that ruling's sentence from the case data in
 * `lang` (English where it is not translated yet), with the language its text is in.
 */
export function localizeEvents(
  events: readonly TimelineEvent[],
  cases: readonly CaseData[],
): (TimelineEvent & { textLang?: Lang })[] {
  return events.map((event) => {
    if (!event.ruling) return event;
    const [caseId, rulingId] = event.ruling.split('/');
    const found = cases.find((c) => c.id === caseId);
    const ruling = found?.rulings.find((r) => r.id === rulingId);
    return found && ruling ? { ...event, text: ruling.text, textLang: textLangAttr(found) } : event;
  });
}
