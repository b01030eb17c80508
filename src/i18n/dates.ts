import type { Lang } from '../site.ts';

const locales: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

// A formatter is costly to make (the locale's data is looked up each time) and every page formats dozens of
// dates: one per language and style, made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' })));
  return f;
}

/** "April 7, 2025" / "7 de abril de 2025" for a full date. */
export function formatDay(date: Date, lang: Lang): string {
  return formatter(lang, { dateStyle: 'long' }).format(date);
}

/** "Dec 1, 2026" / "1 dic 2026": a full date in few characters, for lines that must fit a phone. */
export function formatShortDay(date: Date, lang: Lang): string {
  return formatter(lang, { dateStyle: 'medium' }).format(date);
}

/** A source date as precise as it is known: "2025", "August 2025" or "August 7, 2025". */
export function formatPartialDate(value: string, lang: Lang): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  if (d === undefined) {
    return formatter(lang, { month: 'long', year: 'numeric' }).format(date);
  }
  return formatDay(date, lang);
}

/** `YYYY-MM-DD` for a <time datetime> attribute. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to`, both taken as UTC days (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}
