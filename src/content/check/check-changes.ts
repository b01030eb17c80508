import type { Problem } from '../problem.ts';

/**
 * Every entry of an article's `changes` names a section the page has: the notice and the list of changes
 * link to it, so a wrong id would send readers nowhere. `ids` are the ids the page renders.
 */
export function checkChangeSections(file: string, data: Record<string, unknown>, ids: ReadonlySet<string>): Problem[] {
  const changes = Array.isArray(data.changes) ? data.changes : [];
  return changes.flatMap((change: unknown, i) => {
    const section = change && typeof change === 'object' ? (change as { section?: unknown }).section : undefined;
    if (typeof section !== 'string' || ids.has(section)) return [];
    return [
      {
        file,
        where: `changes[${i}].section`,
        message: `"${section}" is not a section of this page (use the id of one of its headings)`,
      },
    ];
  });
}
