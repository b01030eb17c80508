import { languages, type Lang } from '../site.ts';
import { t } from '../i18n/translate.ts';
import { formatDay, isoDate } from '../i18n/dates.ts';

/** What a citation of a page names. */
export interface CitedPage {
  lang: Lang;
  /** The page's own title. */
  title: string;
  siteName: string;
  /** The page's absolute URL. */
  url: string;
  /** Date of the page's last substantive change. */
  updated: Date;
}

/** Bluebook table T12 month abbreviations. */
const bluebookMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A date as legal citations write it: "Dec. 1, 2026"; in Spanish "1 dic. 2026". */
export function legalDate(date: Date, lang: Lang): string {
  if (lang === 'en') return `${bluebookMonths[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  const month = new Intl.DateTimeFormat(languages[lang].locale, { month: 'short', timeZone: 'UTC' }).format(date);
  return `${date.getUTCDate()} ${month.replace(/\.$/, '')}. ${date.getUTCFullYear()}`;
}

/**
 * The two ready citations of a page, the access date left for the reader to fill:
 *   plain: Tax Privacy Explained. “Section 6103: …” Updated December 1, 2026. https://…/section-6103/. Accessed [date].
 *   legal: Section 6103: …, Tax Privacy Explained (Dec. 1, 2026), https://…/section-6103/ (last visited [date]).
 * The legal form follows the Bluebook's rule for internet sources; its title is italic where it is shown
 * (`legalTitle` marks where), plain text on the clipboard.
 */
export function citations(page: CitedPage): { plain: string; legal: string; legalTitle: string } {
  const { lang } = page;
  const blank = t(lang, 'cite.dateBlank');
  return {
    plain: t(lang, 'cite.plainForm', {
      site: page.siteName,
      title: page.title,
      date: formatDay(page.updated, lang),
      url: page.url,
      accessed: blank,
    }),
    legal: t(lang, 'cite.legalForm', {
      site: page.siteName,
      title: page.title,
      date: legalDate(page.updated, lang),
      url: page.url,
      accessed: blank,
    }),
    legalTitle: page.title,
  };
}

/**
 * The page as CSL-JSON (the format of citeproc, Zotero and Mendeley), one item in a list:
 *   [{ id, type: 'webpage', title, 'container-title', publisher, author: [{ literal }], URL, issued, language }]
 * No `accessed` date: a reference manager records the day it imports the item.
 */
export function cslJson(page: CitedPage, id: string): Record<string, unknown>[] {
  const [y, m, d] = isoDate(page.updated).split('-').map(Number);
  return [
    {
      id,
      type: 'webpage',
      title: page.title,
      'container-title': page.siteName,
      publisher: page.siteName,
      author: [{ literal: page.siteName }],
      URL: page.url,
      issued: { 'date-parts': [[y, m, d]] },
      language: languages[page.lang].locale,
    },
  ];
}
