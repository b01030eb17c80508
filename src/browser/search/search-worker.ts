import { SearchEngine } from './engine.ts';
import { browserIO } from './pagefind-io.ts';
import { searchWorkerHandler, type FromWorker, type ToWorker } from './worker-protocol.ts';

/**
 * The search worker: Pagefind (its pagefind.js, which runs in the thread that loads it when that thread
 * is itself a worker) and the engine run here, so that neither a long result list nor its ranking ever
 * holds up typing on the page. worker-client.ts is the page's side.
 */
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};
const handle = searchWorkerHandler(
  (files) => new SearchEngine(files, browserIO),
  (message) => scope.postMessage(message),
);
scope.addEventListener('message', (event) => handle(event.data));
