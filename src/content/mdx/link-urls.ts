import { linkSchemes } from '../../schemas/mdx-allowed.ts';

/** What a URL is used for: a link a reader follows, an image the page loads, or a quotation's source. */
export type UrlUse = 'link' | 'image' | 'cite';

/**
 * The URL as a browser reads it: character references are already decoded by the parser; browsers
 * also drop tabs and newlines anywhere and spaces or control characters at either end, so
 * "java&#9;script:" is still a script URL.
 */
function asBrowserReads(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/**
 * Why a URL written in content may not ship, or undefined when it may. Allowed: site paths ("/about/",
 * checked after the build), anchors ("#section"), and for links https:// and mailto:. Refused: script
 * and data URLs (javascript:, data:, vbscript:, any other scheme), plain http://, protocol-relative and
 * relative paths (which change meaning with the page's address), and images from any other origin.
 */
export function urlProblem(written: string, use: UrlUse): string | undefined {
  const url = asBrowserReads(written);
  const shown = written.length > 60 ? `${written.slice(0, 57)}…` : written;
  if (url === '') return 'is empty';
  if (url.startsWith('#')) return use === 'image' ? `"${shown}" is not an image address` : undefined;
  // "/\host" is "//host" to a browser: another origin.
  if (/^[/\\]{2}/.test(url))
    return `"${shown}" is protocol-relative (it leaves the site); write https:// in full, or a site path such as /about/`;
  if (url.startsWith('/')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  if (!scheme)
    return `"${shown}" is a relative address, which changes with the page's address; write the site path from the root, such as /es/law/6103/`;
  if (use === 'image')
    return `"${shown}" loads from another origin: images must be this site's own (a site path such as /images/x.png)`;
  if (scheme === 'http') return `"${shown}" is plain http://; link the https:// address`;
  if (!(linkSchemes as readonly string[]).includes(`${scheme}:`) || (use === 'cite' && scheme !== 'https'))
    return `"${scheme}:" URLs are not allowed (${scheme === 'javascript' || scheme === 'vbscript' ? 'they run code' : 'only https://, mailto: and site paths'}): "${shown}"`;
  if (scheme === 'https') {
    try {
      new URL(url);
    } catch {
      return `"${shown}" is not a valid URL`;
    }
  }
  return undefined;
}
