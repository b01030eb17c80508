import type { Lang } from '../site.ts';

const locales: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** "April 7, 2025" / "7 de abril de 2025" for a full date. */
export function formatDay(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A source date as precise as it is known: "2025", "August 2025" or "August 7, 2025". */
export function formatPartialDate(value: string, lang: Lang): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  if (d === undefined) {
    return new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
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
