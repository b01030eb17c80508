import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { statuteSectionSchema, type StatuteSection } from '../schemas/statute.ts';
import { timelineFileSchema, type TimelineEra, type TimelineEvent } from '../schemas/timeline.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { readYamlFile, type CheckedYaml } from './read-yaml.ts';
import { loadCases } from './read-cases.ts';
import { defaultLang } from '../site.ts';

/** Where the reference data lives, relative to the project root. */
export const referenceDataPaths = {
  statute: 'content/statute',
  timeline: 'content/timeline.yaml',
  glossary: 'content/glossary.yaml',
} as const;

/** The annotated statute: one checked file per section of the Code, sorted by their `order`. */
export function loadStatute(root: string = process.cwd()): CheckedYaml<StatuteSection>[] {
  const dir = join(root, referenceDataPaths.statute);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => readYamlFile(join(dir, f), root, statuteSectionSchema))
    .sort((a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0));
}

/**
 * The timeline file, checked; absent when the project has none. A ruling event (`ruling: case/ruling`) gets
 * its date, text and sources from that ruling in the case data; one that names no known ruling is a problem.
 */
export function loadTimeline(root: string = process.cwd()): CheckedYaml<{ eras: TimelineEra[]; events: TimelineEvent[] }> | undefined {
  const path = join(root, referenceDataPaths.timeline);
  if (!existsSync(path)) return undefined;
  const checked = readYamlFile(path, root, timelineFileSchema);
  if (!checked.data) return { ...checked, data: undefined };
  const cases = loadCases(root).cases.filter((c) => c.lang === defaultLang);
  const events: TimelineEvent[] = [];
  checked.data.events.forEach((event, i) => {
    if ('text' in event) {
      events.push(event);
      return;
    }
    const [caseId, rulingId] = event.ruling.split('/');
    const found = cases.find((c) => c.id === caseId);
    const ruling = found?.rulings.find((r) => r.id === rulingId);
    if (!found || !ruling) {
      checked.problems.push({
        file: checked.file,
        where: checked.where(['events', i, 'ruling']),
        message: found
          ? `case "${caseId}" has no ruling "${rulingId}" (its rulings: ${found.rulings.map((r) => r.id).join(', ') || 'none'})`
          : `"${caseId}" is not a case in content/cases.yaml`,
      });
      return;
    }
    events.push({ id: event.id, date: ruling.date, text: ruling.text, sources: ruling.sources, link: event.link ?? found.link, ruling: event.ruling });
  });
  // Like a schema error, a ruling that cannot be found leaves the file without data (and the build stopped).
  if (events.length < checked.data.events.length) return { ...checked, data: undefined };
  return { ...checked, data: { eras: checked.data.eras, events } };
}

/** The glossary file (a list of terms), checked; absent when the project has none. */
export function loadGlossary(root: string = process.cwd()): CheckedYaml<GlossaryTerm[]> | undefined {
  const path = join(root, referenceDataPaths.glossary);
  return existsSync(path) ? readYamlFile(path, root, z.array(glossaryTermSchema)) : undefined;
}
