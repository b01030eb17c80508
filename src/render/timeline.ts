import { dateSortKey, eraOf, type TimelineEvent, type TimelineEra } from '../schemas/timeline.ts';

export { dateSortKey, eraOf };

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
