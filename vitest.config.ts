import { defineConfig } from 'vitest/config';

/**
 * Four suites: unit (tests/vitest.unit.config.ts: plugins, schemas, helpers, and components through Astro's
 * container API, so it runs on Astro's Vite config), content (editorial checks over the real content), build (the
 * whole pipeline on a scratch copy) and e2e (the built site in Chromium). Each sets its own time budget, measured on a loaded 2-core machine,
 * instead of vitest's default.
 */
export default defineConfig({
  test: {
    projects: [
      'tests/vitest.unit.config.ts',
      {
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // Whole builds of a scratch copy of the project: each case has its own measured budget.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false },
      },
      {
        // Browser tests against the built site in dist/, served locally; one Chromium for the whole run.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
