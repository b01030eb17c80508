import type { ReferencePage } from '../paths.ts';
import { sourceKinds, type Source } from '../schemas/source.ts';
import type { StatuteSection } from '../schemas/statute.ts';
import type { TimelineEra, TimelineEvent } from '../schemas/timeline.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

/** Ids each reference page renders around its data, so links to them are valid. */
export const referenceChromeIds: Record<ReferencePage, readonly string[]> = {
  statute: ['main-content', 'about-this-text', 'contents'],
  timeline: ['main-content', 'eras', 'where-the-cases-stood'],
  glossary: ['main-content', 'terms'],
  sources: ['main-content', 'kinds'],
  about: ['main-content'],
};

/** Every anchor of /law/6103/: sections ("s6103"), provisions ("i-2") and their parts ("i-2-A"). */
export function statuteAnchors(sections: readonly StatuteSection[]): string[] {
  return sections.flatMap((s) => [s.id, ...s.provisions.flatMap((p) => [p.id, ...p.parts.map((part) => part.id)])]);
}

/** Every anchor of /timeline/: eras ("2025") and events. */
export function timelineAnchors(eras: readonly TimelineEra[], events: readonly TimelineEvent[]): string[] {
  return [...eras.map((e) => e.id), ...events.map((e) => e.id)];
}

/** Every anchor of /glossary/: one per term. */
export function glossaryAnchors(terms: readonly GlossaryTerm[]): string[] {
  return terms.map((t) => t.id);
}

/** The anchor of a group of sources on /sources/, e.g. "kind-court". */
export function sourceKindAnchor(kind: Source['kind']): string {
  return `kind-${kind}`;
}

/** The sources grouped by kind, in the order of `sourceKinds`, primary first, then by title; empty kinds left out. */
export function sourcesByKind(sources: Iterable<Source>): { kind: Source['kind']; sources: Source[] }[] {
  const all = [...sources];
  return sourceKinds
    .map((kind) => ({
      kind,
      sources: all
        .filter((s) => s.kind === kind)
        .sort((a, b) => Number(b.primary) - Number(a.primary) || a.title.localeCompare(b.title, 'en')),
    }))
    .filter((group) => group.sources.length > 0);
}

/** Every anchor of /sources/: one per kind that has sources, one per source (its ID). */
export function sourcesAnchors(sources: Iterable<Source>): string[] {
  return sourcesByKind(sources).flatMap((g) => [sourceKindAnchor(g.kind), ...g.sources.map((s) => s.id)]);
}
