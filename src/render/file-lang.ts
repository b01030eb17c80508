import type { VFile } from 'vfile';
import { defaultLang, isLang, type Lang } from '../site.ts';

/**
 * The language of the Markdown file a plugin is processing: its frontmatter `lang`, else its
 * `content/articles/<lang>/` folder, else the default language.
 */
export function fileLang(file: VFile): Lang {
  const astro = (file.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro;
  const fromFrontmatter = astro?.frontmatter?.lang;
  if (typeof fromFrontmatter === 'string' && isLang(fromFrontmatter)) return fromFrontmatter;
  const folder = /articles[\\/]([a-z]{2})[\\/]/.exec(file.path ?? '')?.[1];
  return folder && isLang(folder) ? folder : defaultLang;
}
