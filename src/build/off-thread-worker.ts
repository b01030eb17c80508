// The worker thread of off-thread.ts: imports the module it is given, calls the named export with the
// arguments (and, when asked, a callback whose calls are sent back as news), and sends back the result or the
// error's message and stack.
import { parentPort, workerData } from 'node:worker_threads';

const { module, exportName, args, news } = workerData as {
  module: string;
  exportName: string;
  args: unknown[];
  news: boolean;
};
try {
  const task = (await import(module))[exportName] as (...a: unknown[]) => Promise<unknown>;
  if (typeof task !== 'function') throw new Error(`${module} has no exported function ${exportName}.`);
  const tell = (value: unknown) => parentPort!.postMessage({ news: value });
  parentPort!.postMessage({ result: await task(...args, ...(news ? [tell] : [])) });
} catch (error) {
  const { message, stack } = error instanceof Error ? error : new Error(String(error));
  parentPort!.postMessage({ error: { message, stack } });
}
