import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

/** A path into parsed YAML: keys and list indexes. */
export type YamlPath = readonly (string | number)[];

/** A YAML file checked against a schema, with what is needed to point at its lines. */
export interface CheckedYaml<T> {
  /** Path relative to the project root. */
  file: string;
  /** The validated data; absent when the file has a YAML error or breaks the schema. */
  data?: T;
  problems: Problem[];
  /** The line of the deepest node that exists along `path`, for messages. */
  lineOf(path: YamlPath): number | undefined;
  /** "events[3] "tax-reform-act": sources[1] (line 40)": the field, named so a person can find it. */
  where(path: YamlPath): string;
}

/**
 * Reads one YAML file and validates it with `schema`. Each schema issue becomes one problem naming
 * the field and its line. Reads only.
 */
export function readYamlFile<S extends z.ZodType>(path: string, root: string, schema: S): CheckedYaml<z.output<S>> {
  const file = relative(root, path);
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  const raw = doc.errors.length === 0 ? (doc.toJS() as unknown) : undefined;

  const lineOf = (p: YamlPath): number | undefined => {
    for (let n = p.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const where = (p: YamlPath): string => {
    const line = lineOf(p);
    return `${fieldName(p, raw)}${line ? ` (line ${line})` : ''}`;
  };

  const checked: CheckedYaml<z.output<S>> = { file, problems: [], lineOf, where };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      checked.problems.push({ file, where: `line ${e.linePos?.[0].line ?? '?'}`, message: `YAML error: ${e.message.split('\n')[0]}` });
    }
    return checked;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const p = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const missing = issue.code === 'invalid_type' && valueAt(raw, p) === undefined;
      checked.problems.push({ file, where: where(p), message: missing ? 'is missing' : issue.message });
    }
    return checked;
  }
  checked.data = parsed.data;
  return checked;
}

function valueAt(raw: unknown, path: YamlPath): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** `events[3] "tax-reform-act": sources[1]`: list items are named by their `id` when they have one. */
function fieldName(path: YamlPath, raw: unknown): string {
  if (path.length === 0) return 'file';
  let out = '';
  let value = raw;
  path.forEach((key, i) => {
    value = valueAt(value, [key]);
    if (typeof key === 'number') {
      out += `[${key}]`;
      const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && i < path.length - 1) out += ` "${id}":`;
    } else {
      out += `${out === '' || out.endsWith(':') ? (out === '' ? '' : ' ') : '.'}${key}`;
    }
  });
  return out;
}
