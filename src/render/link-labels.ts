import { splitHref } from '../paths.ts';

/** What a link on a reference page can point at: each page's title and the text of its anchors. */
export type LinkTargets = ReadonlyMap<string, { title: string; anchors: ReadonlyMap<string, string> }>;

/**
 * A readable name for an internal link: "The IRS–ICE agreement: The June 2025 request" for an
 * article section, the page title alone for a page. Undefined when the page is unknown.
 */
export function linkLabel(href: string, targets: LinkTargets): string | undefined {
  const { path, hash } = splitHref(href, '/');
  const page = targets.get(path);
  if (!page) return undefined;
  const anchor = hash === undefined ? undefined : page.anchors.get(hash);
  return anchor ? `${page.title}: ${anchor}` : page.title;
}
