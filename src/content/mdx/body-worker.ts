// A worker thread of src/content/mdx/read-bodies.ts: reads the bodies it is sent, one batch at a time.
import { parentPort } from 'node:worker_threads';
import { readBody } from './read-body.ts';

parentPort!.on('message', (batch: { file: string; body: string }[]) => {
  parentPort!.postMessage(batch.map(({ file, body }) => [file, body, readBody(file, body)]));
});
