import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readCollections } from '../../src/content/check.ts';
import { articlesSpec } from '../../src/content/collections/index.ts';
import { contentLoader } from '../../src/content/loader.ts';
import { offerReads } from '../../src/content/prepared-reads.ts';
import { reportCollection } from '../../src/content/report.ts';
import { explainRouteConflict } from '../../scripts/build/route-conflict.ts';
import { fixtures } from './fixture-check.ts';

const valid = join(fixtures, 'valid');

/** Runs the articles loader once as Astro would, returning the ids it stored. */
async function load(root: string): Promise<string[]> {
  const stored: string[] = [];
  const loader = contentLoader(articlesSpec);
  await loader.load({
    store: { clear: () => stored.splice(0), set: (e: { id: string }) => (stored.push(e.id), true) },
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: () => {} },
    generateDigest: (s: string) => s.length.toString(),
  } as never);
  return stored;
}

describe('content is read once per build', () => {
  test('the loaders store the read the build made for its content check, and read the files only after it', async () => {
    const reads = readCollections(valid);
    // A read that differs from the files on disk, so the test can tell which one the loader stored.
    const articles = reads.get('articles')!;
    reads.set('articles', { ...articles, entries: [{ ...articles.entries[0], id: 'en/from-the-check' }] });
    offerReads(valid, reads);
    expect(await load(valid)).toEqual(['en/from-the-check']);
    // Handed out once: a later load (astro dev, after an edit) reads the files again.
    expect((await load(valid)).sort()).toEqual(['en/first', 'en/second']);
  });

  test('a read of another project is never taken', async () => {
    offerReads(join(fixtures, 'elsewhere'), readCollections(valid));
    expect((await load(valid)).sort()).toEqual(['en/first', 'en/second']);
  });
});

describe("Astro's two-routes-one-page error, told as the two files", () => {
  const astro =
    'Could not render `/about` from route `/[...path]` as it conflicts with higher priority route `/[...lang]/about`.';

  test('names the article file, the route file that renders it, and the page file it clashes with', () => {
    reportCollection('articles', {
      problems: [],
      entries: new Map([['en/about', { data: {}, origin: { file: 'content/articles/en/about.mdx' } }]]),
      links: [],
    });
    expect(explainRouteConflict(astro, join(import.meta.dirname, '..', '..'))).toBe(
      "Two files make the page /about/: content/articles/en/about.mdx (rendered by src/pages/[...path].astro) and src/pages/[...lang]/about.astro. An article's file name is its address: rename content/articles/en/about.mdx.\n(Astro: " +
        astro.slice(0, -1) +
        '.)',
    );
  });

  test('leaves any other error as it was', () => {
    expect(explainRouteConflict('Something else broke')).toBe('Something else broke');
  });
});
