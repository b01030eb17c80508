import type { Lang } from '../site.ts';
import type { TimelineEvent } from '../schemas/timeline.ts';
import type { Case } from '../schemas/case.ts';

/** What the case helpers need of a case in one language. */
type LocalizedCase = Pick<Case, 'id' | 'rulings' | 'courtShort' | 'docket'> & { lang: Lang; textLang: Lang };

/** The `lang` attribute a piece of case text needs: set only when the text is not in the page's language. */
export function textLangAttr(entry: { lang: Lang; textLang: Lang }): Lang | undefined {
  return entry.textLang === entry.lang ? undefined : entry.textLang;
}

/** The court's short name and the number: "D.C. Cir. No. 26-5006" (or just "D.D.C." when the number is unconfirmed). */
export function courtAndNumber(c: Pick<Case, 'courtShort' | 'docket'>): string {
  return c.docket ? `${c.courtShort} ${c.docket}` : c.courtShort;
}

/**
 * Timeline events in one language: an event taken from a ruling gets that ruling's sentence from the case data
 * in that language (English where it is not translated yet), with the language its text is in.
 */
export function localizeEvents(
  events: readonly TimelineEvent[],
  cases: readonly LocalizedCase[],
): (TimelineEvent & { textLang?: Lang })[] {
  return events.map((event) => {
    if (!event.ruling) return event;
    const [caseId, rulingId] = event.ruling.split('/');
    const found = cases.find((c) => c.id === caseId);
    const ruling = found?.rulings.find((r) => r.id === rulingId);
    return found && ruling ? { ...event, text: ruling.text, textLang: textLangAttr(found) } : event;
  });
}
