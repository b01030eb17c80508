import type { PageNeeds } from './page-needs.ts';

/** A policy as directive → sources, written out in this order. */
export type Policy = Map<string, string[]>;

const ORDER = [
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'worker-src',
  'frame-src',
  'form-action',
  'base-uri',
  'frame-ancestors',
];

/** Everything a set of pages needs at once: what one policy shared by all of them must allow. */
export function unionOfNeeds(all: readonly PageNeeds[]): PageNeeds {
  const union = (pick: (n: PageNeeds) => Set<string>) => new Set(all.flatMap((n) => [...pick(n)]));
  return {
    scriptHashes: union((n) => n.scriptHashes),
    styleHashes: union((n) => n.styleHashes),
    scriptFiles: all.some((n) => n.scriptFiles),
    styleFiles: all.some((n) => n.styleFiles),
    images: union((n) => n.images),
    fonts: all.some((n) => n.fonts),
    fetches: all.some((n) => n.fetches),
    frames: union((n) => n.frames),
    forms: all.some((n) => n.forms),
    problems: all.flatMap((n) => n.problems),
  };
}

/** What a page may do beyond what its markup shows. */
export interface PolicyOptions {
  /** Other pages of the site may frame it (it is the target of a same-origin `<iframe>`). */
  framed?: boolean;
  /** It runs the search: it starts the search worker, a file of this site, and Pagefind compiles WebAssembly. */
  search?: boolean;
}

/**
 * The strictest policy that lets pages with these needs work: nothing by default; scripts and styles only
 * from this site's own files and the exact inline blocks it built (by hash, never 'unsafe-inline');
 * connections to this site only; no other origin anywhere; no `<base>`, no plugins, forms only to this site, and no framing by anyone
 * (by this site only, for a page it frames itself).
 */
export function policyFor(needs: PageNeeds, options: PolicyOptions = {}): Policy {
  const sorted = (s: Iterable<string>) => [...s].sort();
  const policy: Policy = new Map();
  policy.set('default-src', ["'none'"]);
  const scripts = [
    ...(needs.scriptFiles || options.search ? ["'self'"] : []),
    ...(options.search ? ["'wasm-unsafe-eval'"] : []),
    ...sorted(needs.scriptHashes),
  ];
  policy.set('script-src', scripts.length ? scripts : ["'none'"]);
  const styles = [...(needs.styleFiles ? ["'self'"] : []), ...sorted(needs.styleHashes)];
  policy.set('style-src', styles.length ? styles : ["'none'"]);
  if (needs.images.size) policy.set('img-src', sorted(needs.images));
  if (needs.fonts) policy.set('font-src', ["'self'"]);
  // Every page may connect to this site alone. A page that runs no script makes no connection of its own,
  // so this opens nothing to a reader; it lets audit tools that fetch from inside the page (Lighthouse
  // reads /robots.txt that way: GoogleChrome/lighthouse#4386) see what a crawler sees.
  policy.set('connect-src', ["'self'"]);
  if (options.search) policy.set('worker-src', ["'self'"]);
  if (needs.frames.size) policy.set('frame-src', ["'self'"]);
  policy.set('form-action', [needs.forms ? "'self'" : "'none'"]);
  policy.set('base-uri', ["'none'"]);
  policy.set('frame-ancestors', [options.framed ? "'self'" : "'none'"]);
  return policy;
}

/**
 * The policy for Pagefind's own files. A worker started from a file of this site (not from a blob:) runs
 * under the policy sent with that file, so the files Pagefind's worker loads carry what it needs: its
 * scripts, its index fetches and its WebAssembly.
 */
export function searchFilesPolicy(): Policy {
  return new Map([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ]);
}

/**
 * The policy for the search worker's own file (src/browser/search/search-worker.ts): a worker runs under
 * the policy sent with its script, and this one imports Pagefind's script and its language's stemmer,
 * fetches the index and compiles Pagefind's WebAssembly. It starts no worker of its own.
 */
export function searchWorkerPolicy(): Policy {
  return new Map([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['connect-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ]);
}

/** The header value: "default-src 'none'; script-src 'self'; …". */
export function serializePolicy(policy: Policy): string {
  const names = [...policy.keys()].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return names.map((name) => `${name} ${policy.get(name)!.join(' ')}`).join('; ');
}

/** Reads a header value back into directives (for tests and checks). */
export function parsePolicy(value: string): Policy {
  return new Map(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}
