import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentReport } from '../../src/content/report.ts';
import { articleKey, articlePath } from '../../src/paths.ts';
import { isLang } from '../../src/site.ts';

const CONFLICT =
  /Could not render `([^`]+)` from route `([^`]+)` as it conflicts with (?:higher priority )?route `([^`]+)`/;

/** The file under src/pages/ that defines an Astro route pattern such as "/[...lang]/about". */
function routeFile(root: string, route: string): string {
  const base = `src/pages${route === '/' ? '/index' : route}`;
  const candidates = ['.astro', '.ts', '.js', '.md', '.mdx', '/index.astro', '/index.ts'].map((ext) => `${base}${ext}`);
  return candidates.find((f) => existsSync(join(root, f))) ?? `${base}.astro`;
}

/** The content file of the article the build put at `path` ("/about/"), if one did. */
function articleAt(path: string): string | undefined {
  for (const [id, entry] of contentReport().entries.get('articles') ?? []) {
    const { lang, slug } = articleKey(id);
    if (isLang(lang) && articlePath(lang, slug) === path) return entry.origin?.file;
  }
  return undefined;
}

/**
 * Astro's "two routes make one page" error (prerenderConflictBehavior: 'error'), told as the two files
 * that want the same address and what to do; any other message is returned as it was.
 */
export function explainRouteConflict(message: string, root = process.cwd()): string {
  const m = CONFLICT.exec(message);
  if (!m) return message;
  const [, url, lower, higher] = m;
  const path = url.endsWith('/') ? url : `${url}/`;
  const [low, high] = [routeFile(root, lower), routeFile(root, higher)];
  const article = articleAt(path);
  const names = [article ? `${article} (rendered by ${low})` : low, high];
  return (
    `Two files make the page ${path}: ${names[0]} and ${names[1]}. ` +
    (article ? `An article's file name is its address: rename ${article}.` : 'Give one of them another address.') +
    `\n(Astro: ${m[0]}.)`
  );
}
