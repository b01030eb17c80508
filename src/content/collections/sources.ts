import { sourceSchema } from '../../schemas/source.ts';
import { filesUnder, type CollectionRead, type CollectionSpec } from '../collection.ts';
import { parseYaml } from '../yaml-document.ts';
import { zodProblems } from '../zod-problems.ts';

const folder = 'content/sources';

/**
 * The source registry: every `content/sources/*.yaml` file is a list of sources; each becomes an entry
 * keyed by its ID. An ID defined twice (in any two files) is reported with both places.
 */
export const sourcesSpec: CollectionSpec = {
  name: 'sources',
  folders: [folder],
  list: (root) => {
    const all = filesUnder(root, folder);
    const files = all.filter((f) => /^content\/sources\/[^/]+\.yaml$/.test(f));
    const problems = all
      .filter((f) => !files.includes(f))
      .map((file) => ({ file, where: 'file', message: 'is not read: the registry is the *.yaml files directly in content/sources/' }));
    return { files, problems };
  },
  read: (files) => {
    const out: CollectionRead = { entries: [], problems: [], links: [] };
    const firstDefined = new Map<string, string>();
    for (const { path, text } of files) {
      const doc = parseYaml(text, path);
      out.problems.push(...doc.problems);
      if (doc.problems.length > 0) continue;
      if (!Array.isArray(doc.value)) {
        out.problems.push({ file: path, where: 'file', message: 'must be a YAML list of sources (each item starting with "- id:")' });
        continue;
      }
      doc.value.forEach((raw: unknown, i) => {
        const parsed = sourceSchema.safeParse(raw);
        if (!parsed.success) {
          out.problems.push(...zodProblems(parsed.error, raw, { file: path, where: (p) => doc.where([i, ...p]) }, sourceSchema));
          return;
        }
        const id = parsed.data.id;
        const first = firstDefined.get(id);
        if (first) {
          out.problems.push({ file: path, where: doc.where([i, 'id']), message: `duplicate source ID (already defined in ${first})` });
          return;
        }
        firstDefined.set(id, `${path} line ${doc.lineOf([i]) ?? '?'}`);
        out.entries.push({ id, data: parsed.data, origin: { file: path, line: doc.lineOf([i]), where: (p) => doc.where([i, ...p]) } });
      });
    }
    return out;
  },
};
