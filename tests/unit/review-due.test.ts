import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  caseStatusDates,
  daysBetween,
  formatReviewDue,
  reviewDue,
  reviewDueLines,
} from '../../src/content/review-due.ts';
import { readContent } from '../../src/content/check.ts';
import type { CasesEntry } from '../../src/schemas/case.ts';
import { siteToday } from '../../src/site.ts';
import { fixtures } from './fixture-check.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const status = (id: string, asOf: string) => ({ file: 'content/cases.yaml', id, asOf: day(asOf) });

describe('the review-due report', () => {
  test('counts whole calendar days, whatever the time of day', () => {
    expect(daysBetween(day('2026-06-08'), day('2026-12-01'))).toBe(176);
    expect(daysBetween(new Date('2026-06-08T23:59:00Z'), new Date('2026-06-09T00:01:00Z'))).toBe(1);
    expect(daysBetween(day('2026-12-01'), day('2026-06-08'))).toBe(-176);
  });

  test('lists a status once it is more than 90 days old, and not before', () => {
    const statuses = [status('ninety', '2026-09-02'), status('ninety-one', '2026-09-01')];
    expect(reviewDue(statuses, day('2026-12-01')).map((s) => [s.id, s.days])).toEqual([['ninety-one', 91]]);
  });

  test('puts the oldest first, so the most stale status is re-checked first', () => {
    const statuses = [status('newer', '2026-06-08'), status('older', '2026-02-24'), status('also-newer', '2026-06-08')];
    expect(reviewDue(statuses, day('2026-12-01')).map((s) => s.id)).toEqual(['older', 'newer', 'also-newer']);
  });

  test('prints one line naming the file, the status, its date and its age', () => {
    const [due] = reviewDue([status('dc-circuit-26-5006', '2026-06-08')], day('2026-12-01'));
    expect(formatReviewDue(due)).toBe('review due: content/cases.yaml: dc-circuit-26-5006: as of 2026-06-08, 176 days');
  });

  test('covers the overall status and every case in the data', () => {
    const data = readContent(join(fixtures, 'valid')).entries.get('cases')?.get('en')?.data as unknown as CasesEntry;
    const dates = caseStatusDates('content/cases.yaml', data);
    expect(dates.map((d) => `${d.file}: ${d.id}: ${d.asOf.toISOString().slice(0, 10)}`)).toEqual([
      'content/cases.yaml: status: 2026-06-08',
      'content/cases.yaml: ddc-25-cv-00001: 2026-06-08',
      'content/cases.yaml: dc-circuit-26-0001: 2026-06-08',
    ]);
    expect(reviewDue(dates, day('2026-08-01'))).toEqual([]);
    expect(reviewDue(dates, day('2026-12-01')).map(formatReviewDue)).toEqual([
      'review due: content/cases.yaml: status: as of 2026-06-08, 176 days',
      'review due: content/cases.yaml: ddc-25-cv-00001: as of 2026-06-08, 176 days',
      'review due: content/cases.yaml: dc-circuit-26-0001: as of 2026-06-08, 176 days',
    ]);
  });
});

test('the build and check:content read the dates from the content report', () => {
  const report = readContent(join(fixtures, 'valid'));
  expect(reviewDueLines(report, day('2026-09-06'))).toEqual([]);
  expect(reviewDueLines(report, day('2026-09-07'))).toEqual([
    'review due: content/cases.yaml: status: as of 2026-06-08, 91 days',
    'review due: content/cases.yaml: ddc-25-cv-00001: as of 2026-06-08, 91 days',
    'review due: content/cases.yaml: dc-circuit-26-0001: as of 2026-06-08, 91 days',
  ]);
});

describe('today', () => {
  test('is the day SITE_TODAY names, so tests can pick one', () => {
    expect(siteToday({ SITE_TODAY: '2026-12-31' }).toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });

  test('is the current UTC day when SITE_TODAY is not set', () => {
    expect(siteToday({}).toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  });

  test.each(['2026-02-30', '12/01/2026', 'tomorrow'])('refuses SITE_TODAY=%s with a clear message', (value) => {
    expect(() => siteToday({ SITE_TODAY: value })).toThrow(`SITE_TODAY is "${value}"; write a real day as YYYY-MM-DD`);
  });
});
