// A worker thread of src/content/mdx/read-bodies.ts: reads the bodies it is sent, one batch at a time, and
// sends each tree back too when the build keeps them for the compile.
import { parentPort } from 'node:worker_threads';
import type { Root } from 'mdast';
import { readBody } from './read-body.ts';

parentPort!.on('message', ({ batch, trees }: { batch: { file: string; body: string }[]; trees: boolean }) => {
  parentPort!.postMessage(
    batch.map(({ file, body }) => {
      let tree: Root | undefined;
      const reading = readBody(file, body, (t) => (tree = trees ? t : undefined));
      return [file, body, reading, tree];
    }),
  );
});
