import {
  statuteOverlaySchema,
  statuteSectionSchema,
  type StatuteLine,
  type StatuteOverlay,
  type StatuteSection,
} from '../../schemas/statute.ts';
import { defaultLang } from '../../site.ts';
import { filesUnder, type CollectionRead, type CollectionSpec } from '../collection.ts';
import type { Problem } from '../problem.ts';
import { siteLinksIn } from '../site-links.ts';
import type { YamlDocument, YamlPath } from '../yaml-document.ts';
import { baseOf, pairById, readLocalized } from './overlays.ts';

const folder = 'content/statute';

/**
 * The annotated statute: one file per section of the Code (`content/statute/6103.yaml`), and its
 * translations (`6103.<lang>.yaml`: headings, notes and an unofficial rendering of the words; the
 * statute's own words stay English). One entry per section and language, id "<lang>/<section id>".
 * Anchors must be unique across all sections: they share one page.
 */
export const statuteSpec: CollectionSpec = {
  name: 'statute',
  folders: [folder],
  list: (root) => {
    const all = filesUnder(root, folder);
    const files = all.filter((f) => /^content\/statute\/[^/]+\.yaml$/.test(f));
    const problems = all
      .filter((f) => !files.includes(f))
      .map((file) => ({ file, where: 'file', message: 'is not read: statute sections are the *.yaml files directly in content/statute/' }));
    return { files, problems };
  },
  read: (files) => {
    const out: CollectionRead = { entries: [], problems: [], links: [] };
    const anchors = new Map<string, string>();
    for (const basePath of files.map((f) => f.path).filter((p) => baseOf(p) === p)) {
      const read = readLocalized(basePath, files, statuteSectionSchema, statuteOverlaySchema);
      out.problems.push(...read.problems);
      if (!read.base) continue;
      const { doc, data: section } = read.base;
      for (const [id, path] of anchorsOf(section)) {
        const first = anchors.get(id);
        if (first) out.problems.push({ file: basePath, where: doc.where(path), message: `anchor "${id}" is already used by ${first}` });
        else anchors.set(id, `${basePath} ${doc.where(path)}`);
      }
      out.entries.push({ id: `${defaultLang}/${section.id}`, data: { ...section, lang: defaultLang }, origin: { file: basePath, where: doc.where } });
      out.links.push(...siteLinksIn(doc));
      for (const overlay of read.overlays) {
        const translated = translate(section, overlay.data, overlay.doc, out.problems);
        out.entries.push({ id: `${overlay.lang}/${section.id}`, data: { ...translated, lang: overlay.lang }, origin: { file: overlay.doc.file } });
      }
    }
    return out;
  },
};

/** Every anchor of a section with the field that defines it. */
function anchorsOf(s: StatuteSection): [string, YamlPath][] {
  return [
    [s.id, ['id']],
    ...s.provisions.flatMap((p, i): [string, YamlPath][] => [
      [p.id, ['provisions', i, 'id']],
      ...p.parts.map((part, j): [string, YamlPath] => [part.id, ['provisions', i, 'parts', j, 'id']]),
    ]),
  ];
}

/** The section with its words in the overlay's language; the statute's own words stay, their rendering is added. */
function translate(section: StatuteSection, overlay: StatuteOverlay, doc: YamlDocument, problems: Problem[]): StatuteSection {
  if (overlay.id !== section.id)
    problems.push({ file: doc.file, where: doc.where(['id']), message: `is "${overlay.id}" but the English file's section is "${section.id}"` });
  const provisions = pairById(section.provisions, overlay.provisions, doc, ['provisions'], 'provision');
  problems.push(...provisions.problems);
  return {
    ...section,
    title: overlay.title,
    version: overlay.version,
    intro: overlay.intro,
    provisions: provisions.pairs.map(({ base, overlay: o }, i) => {
      if (!o) return base;
      const parts = pairById(base.parts, o.parts, doc, ['provisions', i, 'parts'], 'part');
      problems.push(...parts.problems);
      return {
        ...translatePart(base, o, doc, ['provisions', i], problems),
        parts: parts.pairs.map(({ base: part, overlay: po }, j) =>
          po ? translatePart(part, po, doc, ['provisions', i, 'parts', j], problems) : part,
        ),
      };
    }),
  };
}

interface PartWords {
  heading: string;
  note: string;
  summary?: string;
  textEs?: StatuteLine[];
  see?: { label: string };
}

function translatePart<P extends { text?: StatuteLine[]; summary?: string; see?: { link: string; label: string } }>(
  base: P,
  words: PartWords,
  doc: YamlDocument,
  path: YamlPath,
  problems: Problem[],
): P & { heading: string; note: string; translation?: StatuteLine[] } {
  if (base.text && words.textEs && words.textEs.length !== base.text.length)
    problems.push({
      file: doc.file,
      where: doc.where([...path, 'textEs']),
      message: `has ${words.textEs.length} lines but the statute text has ${base.text.length}`,
    });
  if (base.summary && !words.summary)
    problems.push({ file: doc.file, where: doc.where(path), message: 'needs a `summary`: the English part has one' });
  if (base.see && !words.see)
    problems.push({ file: doc.file, where: doc.where(path), message: 'needs `see.label`: the English part links further' });
  const translation = words.textEs?.map((line, i) => ({ ...line, indent: base.text?.[i]?.indent ?? line.indent }));
  return {
    ...base,
    heading: words.heading,
    note: words.note,
    ...(words.summary && { summary: words.summary }),
    ...(base.see && words.see && { see: { ...base.see, label: words.see.label } }),
    ...(translation && { translation }),
  };
}
