import { createHash } from 'node:crypto';

/**
 * What one built page needs from its Content-Security-Policy, read from its HTML: the hashes of its inline
 * scripts and styles, and which kinds of same-origin resource it loads. Anything a strict policy should never
 * allow (an inline handler or style attribute, a `javascript:` URL, a resource from another origin) is a
 * problem instead, so the build stops rather than ship a policy with a hole in it.
 */
export interface PageNeeds {
  /** 'sha256-…' of each inline script that runs (JSON and other data blocks do not). */
  scriptHashes: Set<string>;
  styleHashes: Set<string>;
  /** The page loads script files of its own (`<script src>`, module preloads). */
  scriptFiles: boolean;
  styleFiles: boolean;
  /** `img-src`: 'self' for its own images and icons, 'data:' for inline ones (the empty favicon). */
  images: Set<string>;
  fonts: boolean;
  /** It fetches files of its own (`<link rel=preload as=fetch>`). */
  fetches: boolean;
  /** Paths of the same-origin pages it frames. */
  frames: Set<string>;
  forms: boolean;
  problems: string[];
}

/** `<script>` types the browser runs (or reads as rules); any other type is a data block (JSON-LD), never run. */
const RUNS = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;
const RAW_TEXT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /\s([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** Same-origin ('self'), inline data ('data:'), or another origin (a problem). */
function origin(url: string): 'self' | 'data:' | 'other' | 'none' {
  const u = url.trim();
  if (u === '') return 'none';
  if (/^data:/i.test(u)) return 'data:';
  if (/^(https?:)?\/\//i.test(u) || /^[a-z][a-z0-9+.-]*:/i.test(u)) return 'other';
  return 'self';
}

/** Reads what one page (its HTML, as built) needs; `page` names it in problems ("dist/search/index.html"). */
export function pageNeeds(html: string, page: string): PageNeeds {
  const needs: PageNeeds = {
    scriptHashes: new Set(),
    styleHashes: new Set(),
    scriptFiles: false,
    styleFiles: false,
    images: new Set(),
    fonts: false,
    fetches: false,
    frames: new Set(),
    forms: false,
    problems: [],
  };
  const problem = (message: string) => needs.problems.push(`${page}: ${message}`);
  const cssUrls = (css: string, where: string) => {
    for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/g)) {
      const kind = origin(m[1] ?? m[2] ?? m[3] ?? '');
      if (kind === 'other') problem(`${where} loads ${m[0]} from another origin`);
      else if (kind !== 'none') needs.images.add(kind === 'self' ? "'self'" : 'data:');
    }
    if (/@font-face/.test(css)) needs.fonts = true;
    if (/@import/.test(css)) problem(`${where} uses @import; bundle the stylesheet instead`);
  };

  const markup = html.replace(COMMENT, '').replace(RAW_TEXT, (_, tag: string, attrs: string, body: string) => {
    const a = attributes(attrs);
    if (tag.toLowerCase() === 'style') {
      needs.styleHashes.add(hash(body));
      cssUrls(body, '<style>');
    } else if (a.has('src')) {
      if (origin(a.get('src')!) !== 'self') problem(`<script src="${a.get('src')}"> is not served by this site`);
      needs.scriptFiles = true;
    } else if (RUNS.test((a.get('type') ?? '').trim())) {
      needs.scriptHashes.add(hash(body));
    }
    return `<${tag}${attrs}>`;
  });

  for (const [, rawTag, rawAttrs] of markup.matchAll(TAG)) {
    const tag = rawTag.toLowerCase();
    const a = attributes(rawAttrs);
    for (const [name, value] of a) {
      if (name.startsWith('on')) problem(`<${tag} ${name}>: inline event handlers are blocked by the policy`);
      if (name === 'style') problem(`<${tag} style="…">: style attributes are blocked by the policy; use a class`);
      if (/^\s*javascript:/i.test(value)) problem(`<${tag} ${name}="javascript:…">: javascript: URLs are blocked`);
    }
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag === 'link') {
      const href = a.get('href') ?? '';
      const kind = origin(href);
      const loads = rel.some((r) =>
        ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon'].includes(r),
      );
      if (!loads) continue;
      if (kind === 'other') problem(`<link rel="${a.get('rel')}" href="${href}"> is not served by this site`);
      if (rel.includes('stylesheet')) needs.styleFiles = true;
      if (rel.includes('modulepreload') || (rel.includes('preload') && a.get('as') === 'script'))
        needs.scriptFiles = true;
      if (rel.includes('preload') && a.get('as') === 'fetch') needs.fetches = true;
      if (rel.includes('preload') && a.get('as') === 'font') needs.fonts = true;
      if (
        rel.includes('icon') ||
        rel.includes('apple-touch-icon') ||
        (rel.includes('preload') && a.get('as') === 'image')
      )
        needs.images.add(kind === 'data:' ? 'data:' : "'self'");
    } else if (['img', 'source', 'video', 'audio', 'embed', 'object', 'track'].includes(tag)) {
      for (const attr of ['src', 'srcset', 'poster', 'data']) {
        const value = a.get(attr);
        if (value === undefined) continue;
        const kind = origin(value.split(/[\s,]/)[0]);
        if (kind === 'other') problem(`<${tag} ${attr}="${value}"> is not served by this site`);
        else if (kind !== 'none') needs.images.add(kind === 'self' ? "'self'" : 'data:');
      }
      if (tag === 'embed' || tag === 'object') problem(`<${tag}>: plugins are blocked by the policy`);
    } else if (tag === 'iframe' || tag === 'frame') {
      const src = a.get('src');
      // A named frame with no address starts blank: it is only a target for the page's own forms (below).
      if (src === undefined && a.has('name')) continue;
      if (origin(src ?? '') !== 'self') problem(`<${tag} src="${src ?? ''}"> frames a page this site does not serve`);
      else needs.frames.add((src ?? '').split(/[?#]/)[0]);
    } else if (tag === 'form') {
      needs.forms = true;
      const action = a.get('action') ?? '';
      if (origin(action) === 'other') problem(`<form action="${action}"> sends readers' input to another origin`);
      // A form sent to a frame of the page opens its action in that frame: the page frames that address.
      else if (a.get('target') && action) needs.frames.add(action.split(/[?#]/)[0]);
    } else if (tag === 'base') {
      problem('<base> is blocked by the policy (base-uri none)');
    }
  }
  return needs;
}
