import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLang, isLang } from '../../site.ts';
import type { Source } from '../../schemas/source.ts';
import { pageSchema } from '../../schemas/page.ts';
import { homePath } from '../../paths.ts';
import { loadGlossary, loadStatute, loadTimeline } from '../read-reference-data.ts';
import type { CheckedYaml, YamlPath } from '../read-yaml.ts';
import { eraOf } from '../../render/timeline.ts';
import {
  glossaryAnchors,
  referenceChromeIds,
  sourcesAnchors,
  statuteAnchors,
  timelineAnchors,
} from '../../render/reference-pages.ts';
import { referencePath } from '../../paths.ts';
import { parseArticle } from './parse-article.ts';
import { checkFootnotes } from './check-article.ts';
import { headingsOf, linksOf, type Link } from './extract.ts';
import type { Problem } from '../problem.ts';

/** Where content pages that are not articles live (About): `content/pages/<lang>/<slug>.mdx`. */
export const contentPagesDir = 'content/pages';

/** What the reference data adds to the content check. */
export interface ReferenceCheck {
  problems: Problem[];
  /** The reference pages with the ids each will render, derived from the same data the pages use. */
  pages: Map<string, Set<string>>;
  /** Links written in the data, to check once every page of the site is known. */
  links: { file: string; from: string; links: Link[] }[];
}

/**
 * Checks the statute, timeline, glossary and content pages: each against its schema, every source ID
 * against the registry, every anchor for uniqueness, every event against the eras. Reads only.
 */
export function checkReferenceData(root: string, sources: ReadonlyMap<string, Source>): ReferenceCheck {
  const out: ReferenceCheck = { problems: [], pages: new Map(), links: [] };
  const lang = defaultLang;
  const unknownSource = <T>(checked: CheckedYaml<T>, path: YamlPath, id: string) => {
    if (!sources.has(id)) {
      out.problems.push({ file: checked.file, where: checked.where(path), message: `cites unknown source "${id}" (not in content/sources/)` });
    }
  };
  /** Reports an id used twice on one page (or clashing with the page's own ids). */
  const uniqueIds = (reserved: readonly string[]) => {
    const seen = new Map<string, string>(reserved.map((id) => [id, 'the page layout']));
    return <T>(checked: CheckedYaml<T>, path: YamlPath, id: string) => {
      const first = seen.get(id);
      if (first) out.problems.push({ file: checked.file, where: checked.where(path), message: `anchor "${id}" is already used by ${first}` });
      else seen.set(id, `${checked.file} ${checked.where(path)}`);
    };
  };

  // The statute: one page, /law/6103/, for every section file.
  const statute = loadStatute(root);
  const statuteId = uniqueIds(referenceChromeIds.statute);
  for (const checked of statute) {
    out.problems.push(...checked.problems);
    const s = checked.data;
    if (!s) continue;
    statuteId(checked, ['id'], s.id);
    unknownSource(checked, ['source'], s.source);
    unknownSource(checked, ['official'], s.official);
    s.provisions.forEach((p, i) => {
      statuteId(checked, ['provisions', i, 'id'], p.id);
      if (p.source) unknownSource(checked, ['provisions', i, 'source'], p.source);
      p.parts.forEach((part, j) => {
        statuteId(checked, ['provisions', i, 'parts', j, 'id'], part.id);
        if (part.source) unknownSource(checked, ['provisions', i, 'parts', j, 'source'], part.source);
      });
    });
  }
  for (const checked of statute) {
    if (!checked.data) continue;
    const links: Link[] = [];
    checked.data.provisions.forEach((p, i) => {
      if (p.see) links.push({ url: p.see.link, line: checked.lineOf(['provisions', i, 'see', 'link']) ?? 0 });
      p.parts.forEach((part, j) => {
        if (part.see) links.push({ url: part.see.link, line: checked.lineOf(['provisions', i, 'parts', j, 'see', 'link']) ?? 0 });
      });
    });
    out.links.push({ file: checked.file, from: referencePath(lang, 'statute'), links });
  }
  const sections = statute.flatMap((c) => (c.data ? [c.data] : []));
  out.pages.set(referencePath(lang, 'statute'), new Set([...referenceChromeIds.statute, ...statuteAnchors(sections)]));

  // The timeline.
  const timeline = loadTimeline(root);
  const timelineIds = new Set<string>(referenceChromeIds.timeline);
  if (timeline) {
    out.problems.push(...timeline.problems);
    const data = timeline.data;
    if (data) {
      const timelineId = uniqueIds(referenceChromeIds.timeline);
      data.eras.forEach((era, i) => {
        timelineId(timeline, ['eras', i, 'id'], era.id);
        const previous = data.eras[i - 1];
        if (previous && eraOf([previous], era.from) === undefined) {
          out.problems.push({ file: timeline.file, where: timeline.where(['eras', i, 'from']), message: `starts before the era above it ("${previous.id}"); list eras oldest first` });
        }
      });
      data.events.forEach((event, i) => {
        timelineId(timeline, ['events', i, 'id'], event.id);
        // A ruling event's sources are the ruling's, checked with the case data.
        if (!event.ruling) event.sources.forEach((id, j) => unknownSource(timeline, ['events', i, 'sources', j], id));
        if (!eraOf(data.eras, event.date)) {
          out.problems.push({ file: timeline.file, where: timeline.where(['events', i, 'date']), message: `${event.date} is before the first era (${data.eras[0].from})` });
        }
      });
      for (const id of timelineAnchors(data.eras, data.events)) timelineIds.add(id);
      out.links.push({
        file: timeline.file,
        from: referencePath(lang, 'timeline'),
        links: data.events.map((e, i) => ({ url: e.link, line: timeline.lineOf(['events', i, 'link']) ?? 0 })),
      });
    }
  }
  out.pages.set(referencePath(lang, 'timeline'), timelineIds);

  // The glossary.
  const glossary = loadGlossary(root);
  const glossaryIds = new Set<string>(referenceChromeIds.glossary);
  if (glossary) {
    out.problems.push(...glossary.problems);
    const terms = glossary.data;
    if (terms) {
      const termId = uniqueIds(referenceChromeIds.glossary);
      terms.forEach((term, i) => {
        termId(glossary, [i, 'id'], term.id);
        term.sources.forEach((id, j) => unknownSource(glossary, [i, 'sources', j], id));
      });
      for (const id of glossaryAnchors(terms)) glossaryIds.add(id);
      out.links.push({
        file: glossary.file,
        from: referencePath(lang, 'glossary'),
        links: terms.flatMap((t, i) => (t.see ? [{ url: t.see, line: glossary.lineOf([i, 'see']) ?? 0 }] : [])),
      });
    }
  }
  out.pages.set(referencePath(lang, 'glossary'), glossaryIds);

  // The sources page: one anchor per kind and per source.
  out.pages.set(referencePath(lang, 'sources'), new Set([...referenceChromeIds.sources, ...sourcesAnchors(sources.values())]));

  // Content pages such as About: frontmatter, footnotes, links, heading ids.
  for (const path of listContentPages(root)) {
    const page = parseArticle(path, root);
    if (page.parseError) {
      out.problems.push({ file: page.file, where: `line ${page.parseError.line}`, message: page.parseError.message });
      continue;
    }
    const parsed = pageSchema.safeParse(page.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || 'frontmatter';
        const missing = issue.code === 'invalid_type' && page.data[field] === undefined;
        out.problems.push({ file: page.file, where: field, message: missing ? 'is missing' : issue.message });
      }
    } else if (parsed.data.lang !== page.folderLang) {
      out.problems.push({ file: page.file, where: 'lang', message: `is "${parsed.data.lang}" but the file is in the "${page.folderLang}" folder` });
    }
    out.problems.push(...checkFootnotes(page, sources));
    if (!page.tree || !isLang(page.folderLang)) continue;
    const pagePath = `${homePath(page.folderLang)}${page.slug}/`;
    out.pages.set(pagePath, new Set(['main-content', 'footnote-label', ...headingsOf(page.tree).map((h) => h.id)]));
    out.links.push({ file: page.file, from: pagePath, links: linksOf(page.tree) });
  }
  return out;
}

/** Every content page file under `content/pages/<lang>/`. */
export function listContentPages(root: string): string[] {
  const dir = join(root, contentPagesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, d.name, f)))
    .sort();
}
