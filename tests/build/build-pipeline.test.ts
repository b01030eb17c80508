import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildIn, copyOfProject, edit, fingerprint } from './project-copy.ts';

/**
 * The build as a whole, on a scratch copy of the project: a good build puts a site in dist/; a failure in
 * any stage names what is wrong and leaves the last good dist/ exactly as it was. Each case breaks the copy,
 * builds, checks, and mends it again.
 */
let dir: string;
let good: string;
beforeAll(() => {
  dir = copyOfProject();
  const first = buildIn(dir);
  expect(first.status, first.output).toBe(0);
  good = fingerprint(join(dir, 'dist'));
}, 240_000);

/** Our own checks print one line per problem and no stack trace (Astro's own errors keep theirs). */
const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);

/** Breaks the copy, builds, restores it; returns what the failed build printed. */
function failingBuild(file: string, change: (text: string) => string): string {
  const restore = (() => {
    let original = '';
    edit(dir, file, (t) => ((original = t), change(t)));
    return () => edit(dir, file, () => original);
  })();
  try {
    const { status, output } = buildIn(dir);
    expect(status, output).not.toBe(0);
    expect(fingerprint(join(dir, 'dist')), 'dist/ changed').toBe(good);
    expect(output).toContain('Build failed; dist/ was left as it was.');
    return output;
  } finally {
    restore();
  }
}

describe('a failure leaves the last good dist/ as it was, and says where', () => {
  test('content check: a bad date in an article', () => {
    const output = failingBuild('content/articles/en/itin-filers.mdx', (t) =>
      t.replace(/^updated: .*$/m, 'updated: 2026-02-30'),
    );
    expect(output).toContain('content/articles/en/itin-filers.mdx: updated (line');
    noStackTrace(output);
  }, 240_000);

  test('link check: a component renames an id that content links to', () => {
    // The In-short box's id is what a link to "#in-short" needs; rename it in the component only.
    edit(dir, 'content/articles/en/itin-filers.mdx', (t) =>
      t.replace(
        'ITIN stands for Individual Taxpayer Identification Number.',
        'ITIN stands for Individual Taxpayer Identification Number ([in short](#in-short)).',
      ),
    );
    try {
      const output = failingBuild('src/components/InShort.astro', (t) => t.replace('id="in-short"', 'id="in-brief"'));
      expect(output).toMatch(
        /content\/articles\/en\/itin-filers\.mdx: line \d+: link "#in-short" is broken: #in-short does not exist on \/itin-filers\//,
      );
    } finally {
      edit(dir, 'content/articles/en/itin-filers.mdx', (t) =>
        t.replace(
          'ITIN stands for Individual Taxpayer Identification Number ([in short](#in-short)).',
          'ITIN stands for Individual Taxpayer Identification Number.',
        ),
      );
    }
  }, 240_000);

  test('link check: a layout link to an id that no longer exists', () => {
    const output = failingBuild('src/layouts/BaseLayout.astro', (t) =>
      t.replace('<main id="main-content"', '<main id="main"'),
    );
    expect(output).toMatch(
      /dist\/index\.html: page: link "#main-content" is broken: #main-content does not exist on \/ \(written by a layout or component\)/,
    );
  }, 240_000);

  test('search index: a citation target the build did not make', () => {
    // Checked only once the pages exist, by the search-index stage after Astro has written every page.
    const output = failingBuild('content/search/citations.yaml', (t) =>
      t.replace('/section-6103/#what-does--6103-say', '/section-6103/#no-such-section'),
    );
    expect(output).toMatch(
      /content\/search\/citations\.yaml: .*links \/section-6103\/#no-such-section, which the build did not make/,
    );
    noStackTrace(output);
  }, 240_000);

  test('Astro: a component that imports a file that does not exist', () => {
    // Content can no longer import anything unregistered (the content check refuses it), so break the code.
    const output = failingBuild('src/components/InShort.astro', (t) =>
      t
        .replace(
          "import type { Lang } from '../site.ts';",
          "import type { Lang } from '../site.ts';\nimport Missing from './Missing.astro';",
        )
        .replace('<section class="tp-box tp-fold"', '<Missing />\n<section class="tp-box tp-fold"'),
    );
    expect(output).toMatch(/Missing\.astro/);
    expect(output).toMatch(/InShort\.astro/);
  }, 240_000);

  test('Astro: a Spanish article whose address is a reference page names both files', () => {
    const article = 'content/articles/es/about.mdx';
    copyFileSync(join(dir, 'content/articles/es/contribuyentes-con-itin.mdx'), join(dir, article));
    try {
      // The copy shares its twin's translation key, which the check allows; the address is what clashes.
      const output = failingBuild(article, (t) => t.replace(/^translationKey: .*$/m, 'translationKey: about-clash'));
      expect(output).toContain(
        `Two files make the page /es/about/: ${article} (rendered by src/pages/[...path].astro) and src/pages/[...lang]/about.astro. An article's file name is its address: rename ${article}.`,
      );
      noStackTrace(output);
    } finally {
      rmSync(join(dir, article));
    }
  }, 240_000);
});
