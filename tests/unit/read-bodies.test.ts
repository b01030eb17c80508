import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkReads, formatProblem, readCollections, readCollectionsAhead } from '../../src/content/check.ts';
import { readBodiesAhead } from '../../src/content/mdx/read-bodies.ts';
import { preparedOrRead, readBody } from '../../src/content/mdx/read-body.ts';
import { splitMdx } from '../../src/content/mdx/split.ts';

const root = join(import.meta.dirname, '..', '..');
const articles = join(root, 'content/articles/en');

/** Enough real article bodies, under distinct names, that a second thread is used. */
function manyBodies(): { file: string; body: string }[] {
  const bodies = readdirSync(articles)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => splitMdx(readFileSync(join(articles, f), 'utf8'))!.body);
  return Array.from({ length: 60 }, (_, i) => ({
    file: `content/articles/en/copy-${i}.mdx`,
    body: bodies[i % bodies.length],
  }));
}

describe('MDX bodies read ahead on two threads', () => {
  test('each reading handed out is the one the check would make itself', async () => {
    const bodies = manyBodies();
    await readBodiesAhead(bodies);
    for (const { file, body } of bodies) expect(preparedOrRead(file, body)).toEqual(readBody(file, body));
  });

  test('a body that changed after it was read ahead is read again, so its own problems are found', async () => {
    const bodies = manyBodies();
    await readBodiesAhead(bodies);
    const changed = `${bodies[0].body}\n\nA stray citation [@nobody].\n`;
    const reading = preparedOrRead(bodies[0].file, changed);
    expect(reading).toEqual(readBody(bodies[0].file, changed));
    expect('problems' in reading && reading.problems.map((p) => p.message).join('\n')).toMatch(/outside a footnote/);
  });

  test('the build’s read of the whole project equals the plain read, problems and all', async () => {
    const ahead = await readCollectionsAhead(root);
    const plain = readCollections(root);
    // As JSON: a read holds functions (made anew by every read), which no two reads share.
    expect(JSON.stringify([...ahead])).toBe(JSON.stringify([...plain]));
    expect(checkReads(ahead).map(formatProblem)).toEqual(checkReads(plain).map(formatProblem));
  });
});
