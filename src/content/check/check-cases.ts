import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { site } from '../../site.ts';
import type { Source } from '../../schemas/source.ts';
import { loadCases, type LoadedCases } from '../read-cases.ts';
import type { YamlPath } from '../read-yaml.ts';
import type { Link } from './extract.ts';
import type { Problem } from '../problem.ts';

/** What the case data adds to the content check. */
export interface CasesCheck {
  problems: Problem[];
  /** The article sections the data links to, to check once every page is known. */
  links: { file: string; from: string; links: Link[] }[];
  /** Every case id, for the components in articles that name one. */
  caseIds: Set<string>;
}

/** "2025" → "2025-00-00": a partial date sorts before the days it contains. */
const sortKey = (date: string) => {
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
};
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Checks `content/cases.yaml` and its overlays beyond their schemas: unique ids, every source in the registry,
 * appeals that name a case above them, and as-of dates that are neither older than what they report nor newer
 * than the research cut-off (no page may imply a status newer than its sources). Reads only.
 */
export function checkCases(
  root: string,
  sources: ReadonlyMap<string, Source>,
  loaded: LoadedCases = loadCases(root),
): CasesCheck {
  const out: CasesCheck = { problems: [...loaded.problems], links: [], caseIds: new Set() };
  const file = loaded.file;
  const data = file?.data;
  if (!file || !data) return out;
  const at = (path: YamlPath, message: string) => out.problems.push({ file: file.file, where: file.where(path), message });
  const known = (path: YamlPath, ids: readonly string[]) =>
    ids.forEach((id, j) => {
      if (!sources.has(id)) at([...path, j], `cites unknown source "${id}" (not in content/sources/)`);
    });
  const cutoff = site.researchCutoff;
  const notAfterCutoff = (path: YamlPath, asOf: Date) => {
    if (day(asOf) > cutoff) {
      at(path, `${day(asOf)} is after the research cut-off (${cutoff}); a status cannot be newer than its sources`);
    }
  };

  known(['status', 'sources'], data.status.sources);
  notAfterCutoff(['status', 'asOf'], data.status.asOf);
  const links: Link[] = [{ url: data.status.link, line: file.lineOf(['status', 'link']) ?? 0 }];

  data.cases.forEach((c, i) => {
    if (out.caseIds.has(c.id)) at(['cases', i, 'id'], `case "${c.id}" is listed twice`);
    if (c.appealOf !== undefined && (c.appealOf === c.id || !out.caseIds.has(c.appealOf))) {
      at(['cases', i, 'appealOf'], `"${c.appealOf}" is not a case listed above this one (list each appeal after the case it appeals)`);
    }
    out.caseIds.add(c.id);
    known(['cases', i, 'sources'], c.sources);
    notAfterCutoff(['cases', i, 'asOf'], c.asOf);
    const asOf = day(c.asOf);
    if (c.filed && sortKey(c.filed) > asOf) at(['cases', i, 'asOf'], `${asOf} is before the case was filed (${c.filed})`);
    const rulingIds = new Set<string>();
    c.rulings.forEach((r, j) => {
      if (rulingIds.has(r.id)) at(['cases', i, 'rulings', j, 'id'], `ruling "${r.id}" is listed twice in "${c.id}"`);
      rulingIds.add(r.id);
      known(['cases', i, 'rulings', j, 'sources'], r.sources);
      if (sortKey(r.date) > asOf) at(['cases', i, 'asOf'], `${asOf} is before the ruling "${r.id}" of ${r.date}: the status would be older than what it reports`);
    });
    links.push({ url: c.link, line: file.lineOf(['cases', i, 'link']) ?? 0 });
  });
  out.links.push({ file: file.file, from: '/', links });

  for (const overlay of loaded.overlays.values()) {
    const text = overlay.data;
    if (!text) continue;
    const overlayLinks: Link[] = [];
    if (text.status?.link) overlayLinks.push({ url: text.status.link, line: overlay.lineOf(['status', 'link']) ?? 0 });
    text.cases.forEach((c, i) => {
      if (c.link) overlayLinks.push({ url: c.link, line: overlay.lineOf(['cases', i, 'link']) ?? 0 });
    });
    out.links.push({ file: overlay.file, from: '/', links: overlayLinks });
  }
  return out;
}

/** The case components an article uses (`<CaseStatus id="…" />`), with the id each names and its line. */
export function caseComponentIdsOf(tree: Root): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as { name?: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
    if (element.name !== 'CaseStatus') return;
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    out.push({ id: typeof id === 'string' ? id : '', line: node.position?.start.line ?? 0 });
  });
  return out;
}

/** `<CaseStatus id>` values in an article that name no case in the data. */
export function checkCaseComponents(file: string, tree: Root, caseIds: ReadonlySet<string>): Problem[] {
  return caseComponentIdsOf(tree)
    .filter(({ id }) => !caseIds.has(id))
    .map(({ id, line }) => ({
      file,
      where: `line ${line}`,
      message: id
        ? `<CaseStatus id="${id}"> names no case in content/cases.yaml (cases: ${[...caseIds].join(', ')})`
        : '<CaseStatus> needs an id="…" naming a case in content/cases.yaml, written as a plain string',
    }));
}
