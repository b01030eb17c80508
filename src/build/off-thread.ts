import { Worker } from 'node:worker_threads';

/**
 * Runs one exported async function of a module on its own worker thread and returns what it returns.
 *
 * Why: after the pages are rendered, the build's main thread holds Astro's whole module graph and content
 * store (about 4 GB at 1,000 articles), and every garbage collection there walks it. The steps that read the
 * built pages (the search index, the social cards) allocate a great deal: at 1,000 articles, in builds run
 * back to back, they took 37–40 s and 21–22 s there, and 27–30 s and 17–18 s on worker threads of their own.
 *
 * The function's arguments and result must be plain data (structured-cloneable). If it throws, the promise
 * rejects with an error carrying the same message and stack, so a failure reads exactly as it would in-thread.
 */
export function offThread<Task extends (...args: never[]) => Promise<unknown>>(
  module: URL,
  exportName: string,
  ...args: Parameters<Task>
): Promise<Awaited<ReturnType<Task>>> {
  return run(module, exportName, args);
}

/**
 * `offThread` for a function whose last parameter is a callback it calls along the way (to say a stage is
 * done): the function is given one, and each call reaches `onNews` here, on this thread, with its argument.
 */
export function offThreadWithNews<News, Task extends (...args: never[]) => Promise<unknown>>(
  module: URL,
  exportName: string,
  onNews: (news: News) => void,
  ...args: Parameters<Task> extends [...infer Rest, ((news: News) => void)?] ? Rest : never
): Promise<Awaited<ReturnType<Task>>> {
  return run(module, exportName, args, onNews as (news: unknown) => void);
}

function run<Result>(
  module: URL,
  exportName: string,
  args: unknown[],
  onNews?: (news: unknown) => void,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./off-thread-worker.ts', import.meta.url), {
      workerData: { module: module.href, exportName, args, news: onNews !== undefined },
    });
    let settled = false;
    type Answer = { result: Result } | { error: { message: string; stack?: string } } | { news: unknown };
    worker.on('message', (answer: Answer) => {
      if ('news' in answer) {
        onNews?.(answer.news);
        return;
      }
      settled = true;
      void worker.terminate();
      if ('result' in answer) resolve(answer.result);
      else reject(Object.assign(new Error(answer.error.message), { stack: answer.error.stack }));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled)
        reject(new Error(`${exportName} (${module.pathname}) stopped with exit code ${code} before answering.`));
    });
  });
}
