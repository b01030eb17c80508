import { z } from 'astro/zod';
import { glossaryOverlaySchema, glossaryTermSchema } from '../../schemas/glossary.ts';
import { defaultLang } from '../../site.ts';
import { filesUnder, type CollectionRead, type CollectionSpec } from '../collection.ts';
import { siteLinksIn } from '../site-links.ts';
import { pairById, readLocalized } from './overlays.ts';

const file = 'content/glossary.yaml';

/**
 * The glossary: `content/glossary.yaml` (English, with sources and links) and its translations
 * (`glossary.<lang>.yaml`, words only). One entry per term and language, id "<lang>/<term id>".
 */
export const glossarySpec: CollectionSpec = {
  name: 'glossary',
  folders: ['content'],
  list: (root) => ({
    files: filesUnder(root, 'content').filter((f) => /^content\/glossary(\.[a-z]{2})?\.yaml$/.test(f)),
    problems: [],
  }),
  read: (files) => {
    const out: CollectionRead = { entries: [], problems: [], links: [] };
    const read = readLocalized(file, files, z.array(glossaryTermSchema), z.array(glossaryOverlaySchema));
    out.problems.push(...read.problems);
    if (!read.base) return out;
    const { doc, data: terms } = read.base;
    const duplicate = new Set<string>();
    terms.forEach((term, i) => {
      if (duplicate.has(term.id))
        out.problems.push({ file, where: doc.where([i, 'id']), message: `anchor "${term.id}" is used by an earlier term` });
      duplicate.add(term.id);
      out.entries.push({ id: `${defaultLang}/${term.id}`, data: { ...term, lang: defaultLang }, origin: { file, line: doc.lineOf([i]), where: (p) => doc.where([i, ...p]) } });
    });
    out.links.push(...siteLinksIn(doc));
    for (const overlay of read.overlays) {
      const { pairs, problems } = pairById(terms, overlay.data, overlay.doc, [], 'term');
      out.problems.push(...problems);
      for (const { base, overlay: words } of pairs) {
        if (!words) continue;
        out.entries.push({
          id: `${overlay.lang}/${base.id}`,
          data: { ...base, term: words.term, also: words.also, definition: words.definition, lang: overlay.lang },
          origin: { file: overlay.doc.file },
        });
      }
    }
    return out;
  },
};
