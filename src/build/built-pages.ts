import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page the build produced, as URL paths ("/", "/section-6103/", "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
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
