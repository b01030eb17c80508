import type { ReferencePage } from '../paths.ts';
import type { StringKey } from '../i18n/translate.ts';
import { sourceKinds, type Source } from '../schemas/source.ts';
import type { StatuteSection } from '../schemas/statute.ts';

/** The UI string that names each reference page in the header menu and the footer. */
export const referencePageNames: Record<ReferencePage, StringKey> = {
  statute: 'nav.law',
  timeline: 'nav.timeline',
  glossary: 'nav.glossary',
  sources: 'nav.sources',
  about: 'nav.about',
};

/** Every anchor of /law/6103/: sections ("s6103"), provisions ("i-2") and their parts ("i-2-A"). */
export function statuteAnchors(sections: readonly StatuteSection[]): string[] {
  return sections.flatMap((s) => [s.id, ...s.provisions.flatMap((p) => [p.id, ...p.parts.map((part) => part.id)])]);
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
