import type { ArticleFacts } from '../schemas/article-facts.ts';
import type { NumberException, RefusedDomain } from '../schemas/checks.ts';
import type { Source } from '../schemas/source.ts';
import type { StatuteEntry, TimelineEntry, GlossaryEntry } from '../schemas/entries.ts';
import type { CasesEntry } from '../schemas/case.ts';
import { defaultLang } from '../site.ts';
import type { Problem } from './problem.ts';
import { refusedMatch } from './refused-domains.ts';
import type { ContentReport, ReportedEntry } from './report.ts';
import { eraOf, isRulingEvent } from '../schemas/timeline.ts';

type Path = readonly (string | number)[];

/**
 * Checks that need more than one collection: every source ID cited anywhere exists in the registry; no
 * source or content link is on a refused domain; timeline events fall inside their eras, and a ruling event
 * names a ruling of the case data; an article's case components name a case; a number or date without a
 * footnote is allowed only by a listed exception. Reads the report; changes nothing.
 */
export function crossCheck(report: ContentReport): Problem[] {
  const problems: Problem[] = [];
  const entries = (name: string): ReportedEntry[] => [...(report.entries.get(name)?.values() ?? [])];
  const sources = new Map(entries('sources').map((e) => [(e.data as Source).id, e]));
  const refused = (entries('refusedDomains')[0]?.data.items ?? []) as RefusedDomain[];
  const exceptions = (entries('numberExceptions')[0]?.data.items ?? []) as NumberException[];
  const casesEntry = entries('cases').find((e) => (e.data as unknown as CasesEntry).lang === defaultLang);
  const cases = (casesEntry?.data as unknown as CasesEntry | undefined)?.cases ?? [];

  const at = (e: ReportedEntry, path: Path) => e.origin?.where?.(path) ?? path.join('.');
  const known = (e: ReportedEntry, path: Path, id: string) => {
    if (!sources.has(id))
      problems.push({ file: e.origin?.file ?? '?', where: at(e, path), message: `cites unknown source "${id}" (not in content/sources/)` });
  };

  for (const collection of ['articles', 'pages']) {
    for (const e of entries(collection)) {
      const file = e.origin?.file ?? '?';
      const facts = e.data.facts as ArticleFacts;
      for (const { id, line } of facts.cited) {
        if (!sources.has(id)) problems.push({ file, where: `line ${line}`, message: `cites unknown source "${id}" (not in content/sources/)` });
      }
      for (const { id, line } of facts.cases ?? []) {
        if (!cases.some((c) => c.id === id))
          problems.push({
            file,
            where: `line ${line}`,
            message: id
              ? `<CaseStatus id="${id}"> names no case in content/cases.yaml (cases: ${cases.map((c) => c.id).join(', ')})`
              : '<CaseStatus> needs an id="…" naming a case in content/cases.yaml, written as a plain string',
          });
      }
      // Articles state the facts; content pages such as About describe the site and cite the Code by number.
      const allowed = exceptions.filter((x) => x.file === file);
      for (const u of collection === 'articles' ? facts.uncited : []) {
        if (allowed.some((x) => u.text.includes(x.contains))) continue;
        const excerpt = u.text.length > 70 ? `${u.text.slice(0, 67)}…` : u.text;
        problems.push({ file, where: `line ${u.line}`, message: `states a number or date without a footnote: "${excerpt}"` });
      }
    }
  }

  for (const e of entries('statute')) {
    const s = e.data as unknown as StatuteEntry;
    if (s.lang !== defaultLang) continue;
    known(e, ['source'], s.source);
    known(e, ['official'], s.official);
    s.provisions.forEach((p, i) => {
      if (p.source) known(e, ['provisions', i, 'source'], p.source);
      p.parts.forEach((part, j) => part.source && known(e, ['provisions', i, 'parts', j, 'source'], part.source));
    });
  }

  for (const e of entries('timeline')) {
    const t = e.data as unknown as TimelineEntry;
    if (t.lang !== defaultLang) continue;
    t.eras.forEach((era, i) => {
      const previous = t.eras[i - 1];
      if (previous && eraOf([previous], era.from) === undefined)
        problems.push({ file: e.origin!.file, where: at(e, ['eras', i, 'from']), message: `starts before the era above it ("${previous.id}"); list eras oldest first` });
    });
    t.events.forEach((event, i) => {
      let date: string;
      if (isRulingEvent(event)) {
        const [caseId, rulingId] = event.ruling.split('/');
        const found = cases.find((c) => c.id === caseId);
        const ruling = found?.rulings.find((r) => r.id === rulingId);
        if (!ruling) {
          problems.push({
            file: e.origin!.file,
            where: at(e, ['events', i, 'ruling']),
            message: found
              ? `case "${caseId}" has no ruling "${rulingId}" (its rulings: ${found.rulings.map((r) => r.id).join(', ') || 'none'})`
              : `"${caseId}" is not a case in content/cases.yaml`,
          });
          return;
        }
        date = ruling.date;
      } else {
        event.sources.forEach((id, j) => known(e, ['events', i, 'sources', j], id));
        date = event.date;
      }
      if (!eraOf(t.eras, date))
        problems.push({ file: e.origin!.file, where: at(e, ['events', i, isRulingEvent(event) ? 'ruling' : 'date']), message: `${date} is before the first era (${t.eras[0].from})` });
    });
  }

  if (casesEntry) {
    const data = casesEntry.data as unknown as CasesEntry;
    data.status.sources.forEach((id, j) => known(casesEntry, ['status', 'sources', j], id));
    data.cases.forEach((c, i) => {
      c.sources.forEach((id, j) => known(casesEntry, ['cases', i, 'sources', j], id));
      c.rulings.forEach((r, k) => r.sources.forEach((id, j) => known(casesEntry, ['cases', i, 'rulings', k, 'sources', j], id)));
    });
  }

  for (const e of entries('glossary')) {
    const term = e.data as unknown as GlossaryEntry;
    if (term.lang === defaultLang) term.sources.forEach((id, j) => known(e, ['sources', j], id));
  }

  for (const [id, e] of sources) {
    const url = (e.data as Source).url;
    const hit = url ? refusedMatch(url, refused) : undefined;
    if (hit)
      problems.push({ file: e.origin?.file ?? '?', where: at(e, ['url']), message: `links ${hit.domain}, a refused domain (${hit.reason}); cite the original or a primary source` });
    void id;
  }
  for (const links of report.links.values()) {
    for (const link of links) {
      const hit = refusedMatch(link.url, refused);
      if (hit) problems.push({ file: link.file, where: `line ${link.line ?? '?'}`, message: `links ${hit.domain}, a refused domain (${hit.reason})` });
    }
  }
  return problems;
}
