import type { TimelineEra, TimelineEvent } from '../schemas/timeline.ts';

/** "2025" → "2025-00-00", "2025-08" → "2025-08-00": a partial date sorts before the days it contains. */
export function dateSortKey(date: string): string {
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The era an event on `date` belongs to: the last one starting on or before it (eras oldest first). */
export function eraOf<E extends Pick<TimelineEra, 'from'>>(eras: readonly E[], date: string): E | undefined {
  const key = dateSortKey(date);
  let found: E | undefined;
  for (const era of eras) if (dateSortKey(era.from) <= key) found = era;
  return found;
}

/** Events oldest first; events on the same date keep their order in the file. */
export function byDate<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[]): T[] {
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => dateSortKey(a.event.date).localeCompare(dateSortKey(b.event.date)) || a.i - b.i)
    .map(({ event }) => event);
}

/** Each era with its events, oldest first; eras without events are kept so their anchors still work. */
export function groupByEra<E extends Pick<TimelineEra, 'from'>, T extends Pick<TimelineEvent, 'date'>>(
  eras: readonly E[],
  events: readonly T[],
): { era: E; events: T[] }[] {
  const groups = eras.map((era) => ({ era, events: [] as T[] }));
  for (const event of byDate(events)) {
    const era = eraOf(eras, event.date);
    groups.find((g) => g.era === era)?.events.push(event);
  }
  return groups;
}

/** The `count` most recent events, newest first. */
export function latestEvents<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[], count: number): T[] {
  return byDate(events).reverse().slice(0, count);
}
