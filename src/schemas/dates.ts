import { z } from 'astro/zod';

/** True when `y-m-d` names a day that exists on the calendar (rejects 2026-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A calendar day written `YYYY-MM-DD` (zod's own ISO date check, which refuses 2026-02-30). Accepts a Date
 * too, because some YAML parsers turn unquoted dates into Date objects; either way the result is a Date at
 * UTC midnight.
 */
export const isoDay = z
  .union(
    [z.iso.date({ error: (issue) => `"${String(issue.input)}" is not a real date (expected YYYY-MM-DD)` }), z.date()],
    {
      error: (issue) => `"${String(issue.input)}" is not a real date (expected YYYY-MM-DD)`,
    },
  )
  .transform((value, ctx) => {
    const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'is not a real date' });
      return z.NEVER;
    }
    return date;
  });

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A source's date, as precise as is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Kept as a string
 * so that "2025" is never shown as "January 1, 2025".
 */
export const partialDate = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const value = String(raw).trim();
  const m = PARTIAL.exec(value);
  const ok =
    m !== null &&
    (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) &&
    (m[3] === undefined || isRealDate(Number(m[1]), Number(m[2]), Number(m[3])));
  if (!ok) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date (expected YYYY, YYYY-MM or YYYY-MM-DD)` });
    return z.NEVER;
  }
  return value;
});
