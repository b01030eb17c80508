import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { valueAt, type YamlPath } from './yaml-document.ts';

/** Where a value came from: its file and how to name a field of it. */
export interface Locator {
  file: string;
  /** Names the field at `path` (relative to the validated value), with its line where known. */
  where(path: YamlPath): string;
}

/**
 * Turns a schema's issues into problems a person can act on: one per issue, naming the field (and its
 * line), "is missing" for absent fields, and for an unknown key the nearest known one ("did you mean").
 * The one place zod issues become problems, for every collection.
 */
export function zodProblems(error: z.ZodError, raw: unknown, at: Locator, schema?: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = schema ? knownKeysAt(schema, path) : [];
        const nearest = nearestKey(key, known);
        const message = `is not a known field${nearest ? ` (did you mean "${nearest}"?)` : ''}`;
        problems.push({ file: at.file, where: at.where([...path, key]), message });
      }
      continue;
    }
    // A union (a date: text or a Date) reports an absent field as "no option matched": it is missing.
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(raw, path) === undefined;
    problems.push({ file: at.file, where: at.where(path), message: missing ? 'is missing' : issue.message });
  }
  return problems;
}

/** The keys an object schema accepts at `path` (through arrays, optionals, defaults, pipes and unions). */
export function knownKeysAt(schema: z.ZodType, path: YamlPath): string[] {
  let current: unknown[] = [schema];
  for (const key of [...path, undefined]) {
    const next: unknown[] = [];
    const visit = (s: unknown): void => {
      const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      switch (def.type) {
        case 'optional':
        case 'default':
        case 'nullable':
        case 'readonly':
        case 'prefault':
          return visit(def.innerType);
        case 'pipe':
          return visit(def.in);
        case 'union':
          return (def.options as unknown[]).forEach(visit);
        default:
          next.push(s);
      }
    };
    current.forEach(visit);
    if (key === undefined) {
      current = next;
      break;
    }
    current = next.flatMap((s) => {
      const def = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (typeof key === 'number' && def.type === 'array') return [def.element];
      if (typeof key === 'string' && def.type === 'object') {
        const field = (def.shape as Record<string, unknown>)[key];
        return field ? [field] : [];
      }
      if (typeof key === 'string' && def.type === 'record') return [def.valueType];
      return [];
    });
  }
  return current.flatMap((s) => {
    const def = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
    return def.type === 'object' ? Object.keys(def.shape as object) : [];
  });
}

/** The known key within two edits of `key` (or sharing its first four letters), if any. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  if (!best) return undefined;
  const close = best.distance <= 2 || (key.length >= 4 && best.key.toLowerCase().startsWith(key.slice(0, 4).toLowerCase()));
  return close ? best.key : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
