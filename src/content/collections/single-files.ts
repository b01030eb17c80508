import type { z } from 'astro/zod';
import { numberExceptionsFileSchema, refusedDomainsFileSchema } from '../../schemas/checks.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionRead, CollectionSpec } from '../collection.ts';
import { readYamlWith } from './overlays.ts';

/** A collection of one data file, stored as one entry ("all") holding the file's validated value. */
function singleFileSpec(name: string, file: string, schema: z.ZodType, required: boolean): CollectionSpec {
  return {
    name,
    folders: [file.slice(0, file.lastIndexOf('/'))],
    list: (root) =>
      existsSync(join(root, file))
        ? { files: [file], problems: [] }
        : { files: [], problems: required ? [{ file, where: 'file', message: 'is missing' }] : [] },
    read: (files) => {
      const out: CollectionRead = { entries: [], problems: [], links: [] };
      for (const f of files) {
        const read = readYamlWith(f, schema);
        out.problems.push(...read.problems);
        if (read.data !== undefined) out.entries.push({ id: 'all', data: { items: read.data }, origin: { file } });
      }
      return out;
    },
  };
}

/** Domains the site never links to. */
export const refusedDomainsSpec = singleFileSpec('refusedDomains', 'content/refused-domains.yaml', refusedDomainsFileSchema, true);

/** Paragraphs allowed to state a number without a footnote, each with a reason. */
export const numberExceptionsSpec = singleFileSpec(
  'numberExceptions',
  'content/uncited-number-exceptions.yaml',
  numberExceptionsFileSchema,
  false,
);
