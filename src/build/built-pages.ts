import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Folders of a built site that hold no pages: the search bundles, the scripts and styles, and the search
 * source that the index reads and then removes (the last steps of a build walk the site while that happens).
 */
const notPages = new Set(['pagefind', '_astro', 'search-source']);

/** Every page the build produced, as URL paths ("/", "/section-6103/", "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!notPages.has(entry.name)) walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = '/' + relative(dist, full).replaceAll('\\', '/');
        out.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The file behind a page path. */
export function pageFile(path: string, dist = 'dist'): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
