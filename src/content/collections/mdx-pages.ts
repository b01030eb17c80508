import type { z } from 'astro/zod';
import { isLang, langCodes } from '../../site.ts';
import { filesUnder, type CollectionRead, type CollectionSpec } from '../collection.ts';
import { preparedOrRead } from '../mdx/read-body.ts';
import { splitMdx } from '../mdx/split.ts';
import { parseYaml } from '../yaml-document.ts';
import { zodProblems } from '../zod-problems.ts';
import type { Problem } from '../problem.ts';

/** A URL-safe file name: lower-case letters and digits joined by single hyphens. It becomes the page's address. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * MDX pages under `<folder>/<lang>/<slug>.mdx`, checked against `schema`: one entry per file, id
 * "<lang>/<slug>", which is all the page routes use to build its URL (so the check and the build agree on
 * every address). Any other file in the folder (a `.md` file, a sub-folder, a name with spaces or capitals)
 * is refused rather than silently skipped or given a surprising URL.
 */
export function mdxPagesSpec(
  name: string,
  folder: string,
  schema: z.ZodType<Record<string, unknown>>,
  /** The only names a route renders, when a route per page reads the collection (About): any other file is never built. */
  only?: readonly string[],
): CollectionSpec {
  const pattern = new RegExp(`^${folder}/([^/]+)/([^/]+)\\.mdx$`);
  return {
    name,
    folders: [folder],
    list: (root) => {
      const files: string[] = [];
      const problems: Problem[] = [];
      for (const file of filesUnder(root, folder)) {
        const m = pattern.exec(file);
        if (m && isLang(m[1]) && SLUG.test(m[2]) && (!only || only.includes(m[2]))) files.push(file);
        else if (!file.split('/').at(-1)?.startsWith('.'))
          problems.push({ file, where: 'file', message: whyRefused(file, folder, m, only) });
      }
      return { files, problems };
    },
    read: (files) => {
      const out: CollectionRead = { entries: [], problems: [], links: [] };
      for (const { path, text } of files) {
        const [, lang, slug] = pattern.exec(path)!;
        const split = splitMdx(text);
        if (!split) {
          out.problems.push({ file: path, where: 'line 1', message: 'frontmatter is missing (the file must start with a --- block)' });
          continue;
        }
        const doc = parseYaml(split.frontmatter, path, 1);
        out.problems.push(...doc.problems);
        const parsed = doc.problems.length === 0 ? schema.safeParse(doc.value ?? {}) : undefined;
        if (parsed && !parsed.success) out.problems.push(...zodProblems(parsed.error, doc.value, doc, schema));
        const data = parsed?.success ? parsed.data : undefined;
        if (data && data.lang !== lang)
          out.problems.push({ file: path, where: doc.where(['lang']), message: `is "${String(data.lang)}" but the file is in the "${lang}" folder` });

        const body = preparedOrRead(path, split.body);
        if ('error' in body) {
          out.problems.push({ file: path, where: `line ${body.error.line}`, message: body.error.message });
          continue;
        }
        out.problems.push(...body.problems);
        out.links.push(...body.links);
        if (!data) continue;
        out.entries.push({
          id: `${lang}/${slug}`,
          data: { ...data, facts: body.facts },
          body: split.body,
          filePath: path,
          render: true,
          origin: { file: path },
        });
      }
      return out;
    },
  };
}

function whyRefused(file: string, folder: string, m: RegExpExecArray | null, only?: readonly string[]): string {
  const expected = `${folder}/<language>/<name>.mdx`;
  if (file.endsWith('.md')) return `is Markdown (.md): pages are MDX; rename it to .mdx (expected ${expected})`;
  if (!m) return `is not where pages go (expected ${expected}, with no sub-folders)`;
  if (!isLang(m[1])) return `"${m[1]}" is not a language of this site (${langCodes.join(', ')})`;
  if (!SLUG.test(m[2])) return `"${m[2]}" cannot be an address: use lower-case letters, digits and single hyphens (e.g. "my-article")`;
  return `would never be built: the site builds only ${only!.map((n) => `${n}.mdx`).join(', ')} from ${folder}/ (an article goes in content/articles/)`;
}
