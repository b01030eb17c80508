import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { statuteSectionSchema, type StatuteSection } from '../schemas/statute.ts';
import { timelineFileSchema, type TimelineEra, type TimelineEvent } from '../schemas/timeline.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { readYamlFile, type CheckedYaml } from './read-yaml.ts';

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

/** The timeline file, checked; absent when the project has none. */
export function loadTimeline(root: string = process.cwd()): CheckedYaml<{ eras: TimelineEra[]; events: TimelineEvent[] }> | undefined {
  const path = join(root, referenceDataPaths.timeline);
  return existsSync(path) ? readYamlFile(path, root, timelineFileSchema) : undefined;
}

/** The glossary file (a list of terms), checked; absent when the project has none. */
export function loadGlossary(root: string = process.cwd()): CheckedYaml<GlossaryTerm[]> | undefined {
  const path = join(root, referenceDataPaths.glossary);
  return existsSync(path) ? readYamlFile(path, root, z.array(glossaryTermSchema)) : undefined;
}
