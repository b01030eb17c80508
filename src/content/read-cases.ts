import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLang, languages, type Lang } from '../site.ts';
import {
  casesFileSchema,
  casesOverlaySchema,
  type Case,
  type CasesFile,
  type CasesOverlay,
  type OverallStatus,
} from '../schemas/case.ts';
import { readYamlFile, type CheckedYaml } from './read-yaml.ts';
import type { Problem } from './problem.ts';

/** Where the case data lives, relative to the project root: the English file and one overlay per other language. */
export const casesDataPaths = {
  cases: 'content/cases.yaml',
  overlay: (lang: Lang) => `content/cases.${lang}.yaml`,
} as const;

/** A case in one language: the English entry with the overlay's text merged in. */
export interface LocalizedCase extends Case {
  /** The language the page is in. */
  lang: Lang;
  /** The language the text fields are actually in: `lang` when translated, else English. */
  textLang: Lang;
  /** Position in content/cases.yaml. */
  order: number;
}

/** The overall status in one language. */
export interface LocalizedStatus extends OverallStatus {
  lang: Lang;
  textLang: Lang;
  order: number;
}

/** The case data, read and checked against its schemas, in every language the site has. */
export interface LoadedCases {
  /** The English file; absent when the project has none. */
  file?: CheckedYaml<CasesFile>;
  /** The overlays that exist, by language. */
  overlays: Map<Lang, CheckedYaml<CasesOverlay>>;
  /** Schema problems and overlay ids that match nothing in the English file. */
  problems: Problem[];
  /** Every case in every language (English text where no translation exists). Empty when the file is invalid. */
  cases: LocalizedCase[];
  /** The overall status in every language. */
  status: LocalizedStatus[];
}

/** Reads `content/cases.yaml` and its language overlays, and merges each overlay's text in by id. Reads only. */
export function loadCases(root: string = process.cwd()): LoadedCases {
  const out: LoadedCases = { overlays: new Map(), problems: [], cases: [], status: [] };
  const path = join(root, casesDataPaths.cases);
  if (!existsSync(path)) return out;
  const file = readYamlFile(path, root, casesFileSchema);
  out.file = file;
  out.problems.push(...file.problems);
  for (const lang of Object.keys(languages) as Lang[]) {
    if (lang === defaultLang) continue;
    const overlayPath = join(root, casesDataPaths.overlay(lang));
    if (!existsSync(overlayPath)) continue;
    const overlay = readYamlFile(overlayPath, root, casesOverlaySchema);
    out.overlays.set(lang, overlay);
    out.problems.push(...overlay.problems);
  }
  const data = file.data;
  if (!data) return out;

  for (const lang of Object.keys(languages) as Lang[]) {
    const overlay = out.overlays.get(lang);
    const text = overlay?.data;
    if (overlay && text) out.problems.push(...unmatchedOverlayIds(overlay, text, data));
    const statusText = text?.status;
    out.status.push({
      ...data.status,
      ...(statusText ? { text: statusText.text, link: statusText.link ?? data.status.link } : {}),
      lang,
      textLang: statusText || lang === defaultLang ? lang : defaultLang,
      order: 0,
    });
    data.cases.forEach((entry, order) => {
      const translated = text?.cases.find((c) => c.id === entry.id);
      out.cases.push({ ...(translated ? merge(entry, translated, lang) : { ...entry, lang, textLang: defaultLang }), order });
    });
  }
  return out;
}

/** The English entry with a translated entry's text fields. */
function merge(entry: Case, text: CasesOverlay['cases'][number], lang: Lang): Omit<LocalizedCase, 'order'> {
  return {
    ...entry,
    court: text.court,
    judge: text.judge ?? entry.judge,
    inForce: text.inForce ?? entry.inForce,
    status: text.status,
    link: text.link ?? entry.link,
    rulings: entry.rulings.map((r) => {
      const t = text.rulings.find((tr) => tr.id === r.id);
      return t ? { ...r, action: t.action, text: t.text } : r;
    }),
    lang,
    textLang: lang,
  };
}

/** Overlay entries that name a case or ruling the English file does not have, or leave a text field out. */
function unmatchedOverlayIds(overlay: CheckedYaml<CasesOverlay>, text: CasesOverlay, data: CasesFile): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) =>
    problems.push({ file: overlay.file, where: overlay.where(path), message });
  text.cases.forEach((c, i) => {
    const english = data.cases.find((e) => e.id === c.id);
    if (!english) {
      at(['cases', i, 'id'], `"${c.id}" is not a case in ${casesDataPaths.cases}`);
      return;
    }
    if (english.judge && !c.judge) at(['cases', i, 'judge'], 'is missing (the English entry has one)');
    if (english.inForce && !c.inForce) at(['cases', i, 'inForce'], 'is missing (the English entry has one)');
    c.rulings.forEach((r, j) => {
      if (!english.rulings.some((e) => e.id === r.id)) {
        at(['cases', i, 'rulings', j, 'id'], `"${r.id}" is not a ruling of "${c.id}" in ${casesDataPaths.cases}`);
      }
    });
    for (const r of english.rulings) {
      if (!c.rulings.some((t) => t.id === r.id)) at(['cases', i, 'rulings'], `ruling "${r.id}" is missing (translate every ruling)`);
    }
  });
  return problems;
}
