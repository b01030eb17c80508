import { casesFileSchema, casesOverlaySchema, type CasesEntry, type CasesFile, type CasesOverlay } from '../../schemas/case.ts';
import { defaultLang, site } from '../../site.ts';
import { filesUnder, type CollectionRead, type CollectionSpec } from '../collection.ts';
import type { Problem } from '../problem.ts';
import { siteLinksIn } from '../site-links.ts';
import type { YamlDocument } from '../yaml-document.ts';
import { pairById, readLocalized } from './overlays.ts';

const file = 'content/cases.yaml';

/** "2025" → "2025-00-00": a partial date sorts before the days it contains. */
const sortKey = (date: string) => {
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
};
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The case data: `content/cases.yaml` (every lawsuit and appeal, English) and its translations
 * (`cases.<lang>.yaml`, words only). One entry per language, id "<lang>", holding the overall status and the
 * cases in the file's order. Checks what one file can show: unique ids, appeals listed after what they
 * appeal, and as-of dates neither older than what they report nor newer than the research cut-off.
 */
export const casesSpec: CollectionSpec = {
  name: 'cases',
  folders: ['content'],
  list: (root) => ({
    files: filesUnder(root, 'content').filter((f) => /^content\/cases(\.[a-z]{2})?\.yaml$/.test(f)),
    problems: [],
  }),
  read: (files) => {
    const out: CollectionRead = { entries: [], problems: [], links: [] };
    const read = readLocalized(file, files, casesFileSchema, casesOverlaySchema);
    out.problems.push(...read.problems);
    if (!read.base) return out;
    const { doc, data } = read.base;
    out.problems.push(...checkDates(doc, data));
    const english: CasesEntry = {
      lang: defaultLang,
      status: data.status,
      cases: data.cases.map((c, order) => ({ ...c, order })),
    };
    out.entries.push({ id: defaultLang, data: english, origin: { file, where: doc.where } });
    out.links.push(...siteLinksIn(doc));
    for (const overlay of read.overlays) {
      const translated = translate(english, overlay.data, overlay.doc, overlay.lang);
      out.problems.push(...translated.problems);
      out.entries.push({ id: overlay.lang, data: translated.entry, origin: { file: overlay.doc.file, where: overlay.doc.where } });
      out.links.push(...siteLinksIn(overlay.doc));
    }
    return out;
  },
};

/** Ids, appeals and as-of dates within the English file. */
function checkDates(doc: YamlDocument, data: CasesFile): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) => problems.push({ file, where: doc.where(path), message });
  const cutoff = site.researchCutoff;
  const notAfterCutoff = (path: (string | number)[], asOf: Date) => {
    if (day(asOf) > cutoff) at(path, `${day(asOf)} is after the research cut-off (${cutoff}); a status cannot be newer than its sources`);
  };
  notAfterCutoff(['status', 'asOf'], data.status.asOf);
  const seen = new Set<string>();
  data.cases.forEach((c, i) => {
    if (seen.has(c.id)) at(['cases', i, 'id'], `case "${c.id}" is listed twice`);
    if (c.appealOf !== undefined && (c.appealOf === c.id || !seen.has(c.appealOf)))
      at(['cases', i, 'appealOf'], `"${c.appealOf}" is not a case listed above this one (list each appeal after the case it appeals)`);
    seen.add(c.id);
    notAfterCutoff(['cases', i, 'asOf'], c.asOf);
    const asOf = day(c.asOf);
    if (c.filed && sortKey(c.filed) > asOf) at(['cases', i, 'asOf'], `${asOf} is before the case was filed (${c.filed})`);
    const rulings = new Set<string>();
    c.rulings.forEach((r, j) => {
      if (rulings.has(r.id)) at(['cases', i, 'rulings', j, 'id'], `ruling "${r.id}" is listed twice in "${c.id}"`);
      rulings.add(r.id);
      if (sortKey(r.date) > asOf)
        at(['cases', i, 'asOf'], `${asOf} is before the ruling "${r.id}" of ${r.date}: the status would be older than what it reports`);
    });
  });
  return problems;
}

/** The English entry with a translation's words, paired by id: every case and ruling needs its translation. */
function translate(english: CasesEntry, overlay: CasesOverlay, doc: YamlDocument, lang: CasesEntry['lang']) {
  const problems: Problem[] = [];
  const cases = pairById(english.cases, overlay.cases, doc, ['cases'], 'case');
  problems.push(...cases.problems);
  const entry: CasesEntry = {
    lang,
    status: { ...english.status, text: overlay.status.text, link: overlay.status.link ?? english.status.link },
    cases: cases.pairs.map(({ base, overlay: words }) => {
      if (!words) return base;
      const index = overlay.cases.indexOf(words);
      if (base.judge && !words.judge) problems.push({ file: doc.file, where: doc.where(['cases', index, 'judge']), message: 'is missing (the English entry has one)' });
      if (base.inForce && !words.inForce) problems.push({ file: doc.file, where: doc.where(['cases', index, 'inForce']), message: 'is missing (the English entry has one)' });
      const rulings = pairById(base.rulings, words.rulings, doc, ['cases', index, 'rulings'], 'ruling');
      problems.push(...rulings.problems);
      return {
        ...base,
        court: words.court,
        judge: words.judge ?? base.judge,
        inForce: words.inForce ?? base.inForce,
        status: words.status,
        link: words.link ?? base.link,
        rulings: rulings.pairs.map(({ base: r, overlay: w }) => (w ? { ...r, action: w.action, text: w.text } : r)),
      };
    }),
  };
  return { entry, problems };
}
