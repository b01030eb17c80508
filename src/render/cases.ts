import { getEntry } from 'astro:content';
import { defaultLang, type Lang } from '../site.ts';
import type { CasesEntry, LocalizedCase } from '../schemas/case.ts';
import { resolveEvents, textLangAttr, type ShownEvent } from './case-text.ts';
import { linksIn } from './links-in.ts';

export { captionLangAttr, courtAndNumber, textLangAttr } from './case-text.ts';

/** The case data for a page in `lang`, with `textLang` set when its words are English for want of a translation. */
export async function caseData(lang: Lang): Promise<CasesEntry & { textLang?: Lang }> {
  const entry = (await getEntry('cases', lang)) ?? (await getEntry('cases', defaultLang));
  if (!entry) throw new Error('There is no case data: content/cases.yaml is missing or was not read');
  return { ...entry.data, textLang: textLangAttr(lang, entry.data.lang) };
}

/** One case for a page in `lang`; a clear error naming the id when content/cases.yaml has no such case. */
export async function caseById(id: string, lang: Lang): Promise<{ entry: LocalizedCase; textLang?: Lang }> {
  const data = await caseData(lang);
  const entry = data.cases.find((c) => c.id === id);
  if (!entry)
    throw new Error(`No case "${id}" in content/cases.yaml (cases: ${data.cases.map((c) => c.id).join(', ')})`);
  return { entry, textLang: data.textLang };
}

/**
 * The timeline's events for a page in `lang`, ruling events filled in from the case data, each linking to
 * its story in that language where it is told there.
 */
export async function timelineEvents(lang: Lang): Promise<ShownEvent[]> {
  const timeline = await getEntry('timeline', lang);
  if (!timeline) return [];
  const data = await caseData(lang);
  const linkIn = await linksIn(lang);
  return resolveEvents(timeline.data.events, data.cases, data.textLang).map((e) => ({ ...e, link: linkIn(e.link) }));
}
