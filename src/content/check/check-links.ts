import { splitHref } from '../../paths.ts';
import type { Problem } from '../problem.ts';
import type { Link } from './extract.ts';

/** Every page the site builds, with the element ids a link may point at. */
export type PageIndex = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Internal links must reach a page that exists and, when they name an #anchor, an id on that page.
 * External links must use http(s). Relative links ("../x") are refused: they break when a page moves.
 */
export function checkLinks(file: string, currentPath: string, links: Link[], pages: PageIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line } of links) {
    const where = `line ${line}`;
    if (/^(https?:|mailto:|tel:)/i.test(url)) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      problems.push({ file, where, message: `link "${url}" uses an unsupported scheme` });
      continue;
    }
    if (!url.startsWith('/') && !url.startsWith('#')) {
      problems.push({ file, where, message: `link "${url}" is relative; write it from the site root, e.g. "/section-6103/"` });
      continue;
    }
    const { path, hash } = splitHref(url, currentPath);
    const ids = pages.get(path);
    if (!ids) {
      problems.push({ file, where, message: `link "${url}" points to a page that does not exist (${path})` });
    } else if (hash !== undefined && !ids.has(hash)) {
      problems.push({ file, where, message: `link "${url}" points to #${hash}, which does not exist on ${path}` });
    }
  }
  return problems;
}
