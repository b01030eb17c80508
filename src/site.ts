/** The one place for site-wide settings: name, public URL, languages. */

/** Every language the site can be published in. English is the reference. */
export const languages = {
  en: { label: 'English', htmlLang: 'en', pathPrefix: '' },
  es: { label: 'Español', htmlLang: 'es', pathPrefix: '/es' },
} as const;

export type Lang = keyof typeof languages;

/** Every language code, in the order above: the one list of languages the rest of the code uses. */
export const langCodes = Object.keys(languages) as [Lang, ...Lang[]];

export const defaultLang: Lang = 'en';

export const site = {
  /** Public origin; canonical URLs are built from it. */
  url: 'https://taxprivacy.example.org',
  /** Site name as shown in the header and in <title>. */
  name: { en: 'Tax Privacy Explained', es: 'Privacidad fiscal explicada' },
  /** Date of the last full review of every article against the fact base. */
  lastFullReview: '2026-12-01',
  /** Research cut-off: the newest dated item the fact base found. Status statements are "as of" this date. */
  researchCutoff: '2026-06-08',
} as const;

export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}
