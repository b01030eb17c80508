import { threadId } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { offThread, offThreadWithNews } from '../../src/build/off-thread.ts';
import type { failsLikeABadPage, tellsAsItGoes, whereAndWhat } from './fixtures/off-thread-tasks.ts';

const tasks = new URL('./fixtures/off-thread-tasks.ts', import.meta.url);

describe('a build step run off the main thread', () => {
  test('runs on another thread and returns what the function returned', async () => {
    const answer = await offThread<typeof whereAndWhat>(tasks, 'whereAndWhat', [1, 2, 39]);
    expect(answer.isMainThread).toBe(false);
    expect(answer.threadId).not.toBe(threadId);
    expect(answer.sum).toBe(42);
  });

  test('fails with the same message and stack the function threw, so a build failure reads the same', async () => {
    const failure = offThread<typeof failsLikeABadPage>(tasks, 'failsLikeABadPage', '/about/');
    await expect(failure).rejects.toThrow('/about/: og:image is set but og:title or og:site_name is missing.');
    const error = await failure.catch((e: Error) => e);
    expect(error.stack).toContain('off-thread-tasks.ts');
  });

  test('names the module and export when there is no such function', async () => {
    await expect(offThread(tasks, 'notAFunction')).rejects.toThrow(
      /off-thread-tasks\.ts has no exported function notAFunction/,
    );
    await expect(offThread(tasks, 'missing')).rejects.toThrow(/has no exported function missing/);
  });

  test('passes on what the function says along the way, each as it is said, before its result', async () => {
    const heard: string[] = [];
    let finished = false;
    const result = offThreadWithNews<string, typeof tellsAsItGoes>(
      tasks,
      'tellsAsItGoes',
      (news) => heard.push(finished ? `late: ${news}` : news),
      ['pages read', 'written'],
    ).then((answer) => {
      finished = true;
      return answer;
    });
    await expect(result).resolves.toBe('finished');
    expect(heard).toEqual(['pages read', 'written']);
  });
});
