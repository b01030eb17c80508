import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { offerReadings, readBody, type BodyReading } from './read-body.ts';
import { keepTree, keepingParsedTrees } from './parsed-trees.ts';

/** Below this many bodies a second thread costs more to start (it loads the parsers) than it saves. */
const WORTH_A_THREAD = 60;
/** Bodies per batch: small enough that both threads finish together, large enough that messages are few. */
const BATCH = 8;
/**
 * Batches the worker holds at once. With one, it sat idle until this thread, busy with a batch of its own,
 * got round to sending the next: about a quarter of its time at 1,000 articles.
 */
const WORKER_QUEUE = 3;

type Reading = [file: string, body: string, reading: BodyReading];
type WorkerReading = [...Reading, tree: Root | undefined];

/**
 * Reads many MDX bodies ahead of the content check, on this thread and one worker thread at once, and offers
 * the readings to it (read-body.ts), so checking a large site takes about half as long on two cores. Parsing
 * every body is most of the check; the check itself, and what it finds, stay exactly the same.
 */
export async function readBodiesAhead(bodies: readonly { file: string; body: string }[]): Promise<void> {
  if (bodies.length < WORTH_A_THREAD || availableParallelism() < 2) return;
  const queue = [...bodies];
  const readings: Reading[] = [];
  const trees = keepingParsedTrees();
  const worker = new Worker(new URL('./body-worker.ts', import.meta.url));
  try {
    const workerDone = new Promise<void>((resolve) => {
      let held = 0;
      const next = () => {
        const batch = queue.splice(0, BATCH);
        if (batch.length > 0) {
          held += 1;
          worker.postMessage({ batch, trees });
        } else if (held === 0) resolve();
      };
      worker.on('message', (done: WorkerReading[]) => {
        held -= 1;
        for (const [file, body, reading, tree] of done) {
          readings.push([file, body, reading]);
          if (tree) keepTree(body, tree);
        }
        next();
      });
      // A worker that cannot run only makes the check slower: whatever it did not read is read in the check.
      worker.on('error', () => resolve());
      for (let i = 0; i < WORKER_QUEUE; i++) next();
    });
    // This thread takes batches from the same queue, yielding between them so the worker's answers get in.
    while (queue.length > 0) {
      for (const { file, body } of queue.splice(0, BATCH)) readings.push([file, body, readBody(file, body)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await workerDone;
  } finally {
    await worker.terminate();
  }
  offerReadings(readings);
}
