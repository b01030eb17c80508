// A scratch copy of the project with many synthetic articles, for measuring search at scale
// (`npm run bench -- --scale 2000`). Never writes into this project's own content/.
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Folders the copy leaves out: installed packages are linked instead, and build output is remade. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);

/** A small deterministic random number generator (mulberry32), so every run builds the same site. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'vin',
  'dra',
  'sel',
  'tor',
  'bea',
  'quin',
  'ros',
  'mal',
  'fen',
  'gar',
  'lis',
  'pon',
];

/** A made-up word of two to four syllables: new names and terms, so the vocabulary grows as a real site's does. */
function word(next: () => number): string {
  const n = 2 + Math.floor(next() * 3);
  return Array.from({ length: n }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
}

/**
 * Copies the project at `root` to a temporary folder (linking node_modules) and adds `count`
 * synthetic English articles: each is a real article's text, under its own title and key, with a
 * short paragraph of made-up names and terms after each second-level heading. Returns the folder.
 */
export function makeScaledCopy(root: string, count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'taxprivacy-scale-'));
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => !LEFT_OUT.has(relative(root, src).split(/[\\/]/)[0]),
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const articles = join(dir, 'content/articles/en');
  const originals = readdirSync(articles)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(articles, f), 'utf8'));
  const next = random(2026);
  for (let i = 0; i < count; i += 1) {
    const name = word(next);
    const title = `${name[0].toUpperCase()}${name.slice(1)} ${word(next)}: a synthetic article`;
    const text = originals[i % originals.length]
      .replace(/^title: .*$/m, `title: "${title}"`)
      .replace(/^translationKey: .*$/m, `translationKey: synthetic-${toWords(i)}`)
      .replace(/^description: .*$/m, `description: "A synthetic article about ${name}, for measuring search at scale."`)
      .replace(/^(## .*)$/gm, (heading) => {
        const terms = Array.from({ length: 4 }, () => word(next));
        return `${heading}\n\nIn the ${terms[0]} records, the ${terms[1]} and ${terms[2]} files were kept with the ${terms[3]} papers.\n`;
      });
    writeFileSync(join(articles, `synthetic-${toWords(i)}.mdx`), text);
  }
  return dir;
}

/** A number as letters ("a", "b", …, "ba"), so that no digit appears in a slug or key. */
export function toWords(n: number): string {
  let out = '';
  let k = n;
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return out;
}
