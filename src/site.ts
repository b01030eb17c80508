/** The one place for site-wide settings: name, public URL, languages. */

/** Every language the site can be published in. English is the reference. `locale` is the region-qualified tag (cards, feeds). */
export const languages = {
  en: { label: 'English', htmlLang: 'en', pathPrefix: '', locale: 'en-US' },
  es: { label: 'Español', htmlLang: 'es', pathPrefix: '/es', locale: 'es-US' },
} as const;

export type Lang = keyof typeof languages;

/** Every language code, in the order above: the one list of languages the rest of the code uses. */
export const langCodes = Object.keys(languages) as [Lang, ...Lang[]];

export const defaultLang: Lang = 'en';

/** The origin the site is published at when the build is not told otherwise (`SITE_URL`). */
export const defaultSiteUrl = 'https://taxprivacy.example.org';

/**
 * Checks a site origin: an https URL with no path, query or fragment ("https://example.org").
 * A trailing slash is tolerated and dropped. Anything else is an error that says what was wrong,
 * because every canonical link, card, feed, sitemap entry and QR code is built from it.
 */
export function parseSiteUrl(value: string, from = 'SITE_URL'): string {
  const fail = (why: string) =>
    new Error(`${from} must be an https origin without a path, such as https://example.org; "${value}" ${why}.`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw fail('is not a URL');
  }
  if (url.protocol !== 'https:') throw fail(`uses ${url.protocol.slice(0, -1)}, not https`);
  if (url.username || url.password) throw fail('carries a user name or password');
  if (url.pathname !== '/' || url.search || url.hash || /[?#]$/.test(value.trim()))
    throw fail('has a path, query or fragment');
  return url.origin;
}

/** `SITE_URL` from the build's environment, if any; undefined in the browser, where there is no environment. */
function siteUrlFromEnvironment(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.SITE_URL;
  return value === undefined || value === '' ? undefined : value;
}

export const site = {
  /** Public origin (no trailing slash); canonical URLs, cards, feeds, the sitemap and QR codes are built from it. Set `SITE_URL` at build time to publish elsewhere. */
  url: parseSiteUrl(siteUrlFromEnvironment() ?? defaultSiteUrl),
  /** Site name as shown in the header and in <title>. */
  name: { en: 'Tax Privacy Explained', es: 'Privacidad fiscal explicada' },
  /** Date of the last full review of every article against the fact base. */
  lastFullReview: '2026-12-01',
  /** Research cut-off: the newest dated item the fact base found. Status statements are "as of" this date. */
  researchCutoff: '2026-06-08',
  /**
   * The longest search query, in characters: the field stops there and the search page cuts a longer one
   * from a link, so a pasted or linked essay can never keep a phone busy. Readers' questions run to 80.
   */
  maxQueryLength: 200,
} as const;

export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}

/**
 * The day the site is built (or the content checked), at UTC midnight: it decides which corrections are
 * recent and which statuses are due for review. `SITE_TODAY=YYYY-MM-DD` sets another day, for tests.
 */
export function siteToday(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): Date {
  const value = env.SITE_TODAY;
  if (value === undefined || value === '') return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new Error(`SITE_TODAY is "${value}"; write a real day as YYYY-MM-DD`);
  }
  return day;
}
