import { isRulingEvent, timelineFileSchema, timelineOverlaySchema, type TimelineEvent } from '../../schemas/timeline.ts';
import { defaultLang } from '../../site.ts';
import { filesUnder, type CollectionRead, type CollectionSpec } from '../collection.ts';
import { siteLinksIn } from '../site-links.ts';
import { pairById, readLocalized } from './overlays.ts';

const file = 'content/timeline.yaml';

/**
 * The timeline: `content/timeline.yaml` (English eras and events, with dates, sources and links) and its
 * translations (`timeline.<lang>.yaml`, words only). One entry per language, id "<lang>". A ruling event
 * (`ruling: <case>/<ruling>`) is stored as written; the cross-check finds its ruling, and pages take its
 * date and words from the case data.
 */
export const timelineSpec: CollectionSpec = {
  name: 'timeline',
  folders: ['content'],
  list: (root) => ({
    files: filesUnder(root, 'content').filter((f) => /^content\/timeline(\.[a-z]{2})?\.yaml$/.test(f)),
    problems: [],
  }),
  read: (files) => {
    const out: CollectionRead = { entries: [], problems: [], links: [] };
    const read = readLocalized(file, files, timelineFileSchema, timelineOverlaySchema);
    out.problems.push(...read.problems);
    if (!read.base) return out;
    const { doc, data } = read.base;
    const seen = new Map<string, string>();
    const unique = (id: string, path: (string | number)[]) => {
      const first = seen.get(id);
      if (first) out.problems.push({ file, where: doc.where(path), message: `anchor "${id}" is already used by ${first}` });
      else seen.set(id, doc.where(path));
    };
    data.eras.forEach((e, i) => unique(e.id, ['eras', i, 'id']));
    data.events.forEach((e, i) => unique(e.id, ['events', i, 'id']));
    out.entries.push({ id: defaultLang, data: { ...data, lang: defaultLang }, origin: { file, where: doc.where } });
    out.links.push(...siteLinksIn(doc));
    for (const overlay of read.overlays) {
      const eras = pairById(data.eras, overlay.data.eras, overlay.doc, ['eras'], 'era');
      const ownWords = data.events.filter((e): e is TimelineEvent => !isRulingEvent(e));
      const events = pairById(ownWords, overlay.data.events, overlay.doc, ['events'], 'event');
      const translated = new Map(events.pairs.map(({ base, overlay: o }) => [base.id, o]));
      out.problems.push(...eras.problems, ...events.problems);
      out.entries.push({
        id: overlay.lang,
        data: {
          lang: overlay.lang,
          eras: eras.pairs.map(({ base, overlay: o }) => ({ ...base, ...(o && { title: o.title, summary: o.summary }) })),
          events: data.events.map((base) => {
            const o = translated.get(base.id);
            return o ? { ...base, text: o.text } : base;
          }),
        },
        origin: { file: overlay.doc.file },
      });
    }
    return out;
  },
};
