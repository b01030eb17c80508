import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content/problem.ts';
import { builtPages, pageFile } from './built-pages.ts';

/** Where a link was written in the content, as the content layer recorded it. */
export interface LinkOrigin {
  file: string;
  url: string;
  line?: number;
}

/** A link on a built page that leads to no page, or to an id the page does not have. */
export interface BrokenLink {
  /** The page the link is on ("/section-6103/"). */
  page: string;
  href: string;
  /** What is missing. */
  reason: string;
}

/** Script and style bodies, comments and JSON: not markup, so their text is not read for ids or links. */
const NOT_MARKUP = /<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/g;
const TAG = /<(a|area|link|img|source|iframe|form)\b([^>]*)>/gi;
const ATTR = /\s(href|src|action)="([^"]*)"/gi;
const ID = /\s(?:id|name)="([^"]*)"/g;

/** The ids on a built page ("main-content", "i-2-A"), from its markup (NOT_MARKUP already removed). */
function idsIn(markup: string): Set<string> {
  return new Set([...markup.matchAll(ID)].map((m) => decodeEntities(m[1])));
}

const decodeEntities = (s: string) =>
  s.replace(
    /&(amp|quot|#39|lt|gt);/g,
    (m) => ({ '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' })[m]!,
  );

/**
 * Checks every internal link, image, stylesheet and form target on every page the build wrote to `dist`:
 * the page (or file) must exist, and a `#fragment` must be an id on that page (a text fragment,
 * `#id:~:text=…`, names its id before `:~:`). Reads only what was built, so a renamed id anywhere —
 * content, a layout or a component — fails here.
 */
export function checkBuiltLinks(dist: string): BrokenLink[] {
  // Each page is read once, for its ids and its links; the links are checked once every page's ids are known.
  const ids = new Map<string, Set<string>>();
  const links: { page: string; href: string }[] = [];
  for (const page of builtPages(dist)) {
    const markup = readFileSync(pageFile(page, dist), 'utf8').replace(NOT_MARKUP, '');
    ids.set(page, idsIn(markup));
    const seen = new Set<string>();
    for (const [, , attrs] of markup.matchAll(TAG)) {
      for (const [, , raw] of attrs.matchAll(ATTR)) {
        const href = decodeEntities(raw);
        if (seen.has(href) || !isInternal(href)) continue;
        seen.add(href);
        links.push({ page, href });
      }
    }
  }
  return links.flatMap(({ page, href }) => {
    const reason = whyBroken(href, page, dist, ids);
    return reason ? [{ page, href, reason }] : [];
  });
}

function isInternal(href: string): boolean {
  return href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'));
}

/** Why a link is broken, or undefined; `ids` holds every built page, by path. */
function whyBroken(
  href: string,
  page: string,
  dist: string,
  ids: ReadonlyMap<string, Set<string>>,
): string | undefined {
  const [beforeHash, fragment = ''] = href.split('#', 2);
  const path = beforeHash === '' ? page : beforeHash.split('?')[0];
  const target = decodeURIComponent(path);
  const targetIds = ids.get(target);
  if (!targetIds) {
    if (target.endsWith('/') || !existsSync(join(dist, target))) return `${target} was not built`;
    return undefined;
  }
  const id = decodeURIComponent(fragment.split(':~:')[0]);
  if (id === '' || id === 'top') return undefined;
  return targetIds.has(id) ? undefined : `#${id} does not exist on ${target}`;
}

/**
 * Each broken link as a problem naming the content file and line that wrote it (when the content wrote
 * it), else the built page (a layout or component wrote it).
 */
export function linkProblems(broken: readonly BrokenLink[], origins: readonly LinkOrigin[]): Problem[] {
  return broken.flatMap((b) => {
    const from = origins.filter((o) => o.url === b.href);
    const message = `link "${b.href}" is broken: ${b.reason}`;
    if (from.length === 0)
      return [
        {
          file: `dist${b.page}${b.page.endsWith('/') ? 'index.html' : ''}`,
          where: 'page',
          message: `${message} (written by a layout or component)`,
        },
      ];
    return from.map((o) => ({
      file: o.file,
      where: o.line ? `line ${o.line}` : 'file',
      message: `${message} (on ${b.page})`,
    }));
  });
}
