import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap } from 'yaml';
import { sourceSchema, type Source } from '../schemas/source.ts';
import type { Problem } from './problem.ts';

export interface LoadedSources {
  /** Every valid entry, by ID. */
  byId: Map<string, Source>;
  /** Where each ID was defined (file and line), for messages. */
  origin: Map<string, { file: string; line?: number }>;
  problems: Problem[];
}

/**
 * Reads the source registry: every `*.yaml` file in `dir`, each a list of entries.
 * Invalid entries are reported and left out; duplicate IDs are reported with both places.
 */
export function loadSources(dir: string, root: string = process.cwd()): LoadedSources {
  const byId = new Map<string, Source>();
  const origin = new Map<string, { file: string; line?: number }>();
  const problems: Problem[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();

  for (const name of files) {
    const path = join(dir, name);
    const file = relative(root, path);
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        problems.push({ file, where: `line ${e.linePos?.[0].line ?? '?'}`, message: `YAML error: ${e.message.split('\n')[0]}` });
      }
      continue;
    }
    if (!isSeq(doc.contents)) {
      problems.push({ file, where: 'line 1', message: 'expected a YAML list of sources (each item starting with "- id:")' });
      continue;
    }
    doc.contents.items.forEach((node, index) => {
      const line = node && isMap(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
      const raw = (node as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
      const label = typeof raw?.id === 'string' ? `source "${raw.id}"` : `source #${index + 1}`;
      const at = line ? ` (line ${line})` : '';
      const parsed = sourceSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.') || 'entry';
          problems.push({ file, where: `${label}${at}: ${field}`, message: issue.message });
        }
        return;
      }
      const id = parsed.data.id;
      const first = origin.get(id);
      if (first) {
        const firstAt = `${first.file}${first.line ? ` line ${first.line}` : ''}`;
        problems.push({ file, where: `${label}${at}: id`, message: `duplicate source ID (already defined in ${firstAt})` });
        return;
      }
      byId.set(id, parsed.data);
      origin.set(id, { file, line });
    });
  }
  return { byId, origin, problems };
}

/** The domain of a URL without "www.", for display and for the refused-domain check. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
