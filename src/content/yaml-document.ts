import { LineCounter, parseDocument, isNode } from 'yaml';
import type { Problem } from './problem.ts';

/** A path into parsed YAML: keys and list indexes. */
export type YamlPath = readonly (string | number)[];

/** A parsed YAML file that can say where each of its fields is. */
export interface YamlDocument {
  /** Path relative to the project root. */
  file: string;
  /** The parsed value; undefined when the text is not valid YAML. */
  value: unknown;
  /** YAML syntax errors, one problem each. */
  problems: Problem[];
  /** The line of the deepest node that exists along `path`. */
  lineOf(path: YamlPath): number | undefined;
  /** `events[3] "tax-reform-act": sources[1] (line 40)`: a field named so a person can find it. */
  where(path: YamlPath): string;
}

/** Parses YAML text, keeping what is needed to point at its lines. `lineOffset` is added to every line (frontmatter). */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    where: `line ${(e.linePos?.[0].line ?? 1) + lineOffset}`,
    message: `YAML error: ${e.message.split('\n')[0]}`,
  }));
  const value = problems.length === 0 ? (doc.toJS() as unknown) : undefined;
  const lineOf = (path: YamlPath): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  const where = (path: YamlPath): string => {
    const line = lineOf(path);
    return `${fieldName(path, value)}${line ? ` (line ${line})` : ''}`;
  };
  return { file, value, problems, lineOf, where };
}

/** The value at `path`, or undefined. */
export function valueAt(raw: unknown, path: YamlPath): unknown {
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
      out += `${out === '' ? '' : out.endsWith(':') ? ' ' : '.'}${key}`;
    }
  });
  return out;
}
