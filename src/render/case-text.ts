import type { Lang } from '../site.ts';
import { isRulingEvent, type TimelineEvent, type TimelineItem } from '../schemas/timeline.ts';
import type { Case } from '../schemas/case.ts';

/** The `lang` attribute text needs on a page in `pageLang`: set only when the text is in another language. */
export function textLangAttr(pageLang: Lang, textLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/** The `lang` attribute a case caption needs on a page in `pageLang` (captions are English unless marked). */
export function captionLangAttr(pageLang: Lang, c: Pick<Case, 'nameLang'>): Lang | undefined {
  return textLangAttr(pageLang, c.nameLang ?? 'en');
}

/** The court's short name and the number: "D.C. Cir. No. 26-5006" (or just "D.D.C." when the number is unconfirmed). */
export function courtAndNumber(c: Pick<Case, 'courtShort' | 'docket'>): string {
  return c.docket ? `${c.courtShort} ${c.docket}` : c.courtShort;
}

/** A timeline event ready to show: a ruling event with its ruling's date, words and sources, and their language. */
export type ShownEvent = TimelineEvent & {
  /** The ruling it shows, "<case>/<ruling>", for a ruling event. */
  ruling?: string;
  /** The language of `text` when it is not the page's (an untranslated ruling). */
  textLang?: Lang;
};

/**
 * The timeline's events as a page shows them: an event that names a ruling takes that ruling's date, sentence
 * and sources from the case data (`cases`, in `textLang`), with the case's link unless it has its own. One
 * that names no ruling is left out (the content check has already reported it).
 */
export function resolveEvents(
  events: readonly TimelineItem[],
  cases: readonly Pick<Case, 'id' | 'rulings' | 'link'>[],
  textLang?: Lang,
): ShownEvent[] {
  return events.flatMap((event): ShownEvent[] => {
    if (!isRulingEvent(event)) return [event];
    const [caseId, rulingId] = event.ruling.split('/');
    const found = cases.find((c) => c.id === caseId);
    const ruling = found?.rulings.find((r) => r.id === rulingId);
    if (!found || !ruling) return [];
    return [
      {
        id: event.id,
        date: ruling.date,
        text: ruling.text,
        sources: ruling.sources,
        link: event.link ?? found.link,
        ruling: event.ruling,
        ...(textLang && { textLang }),
      },
    ];
  });
}
