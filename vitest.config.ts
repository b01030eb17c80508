import { defineConfig } from 'vitest/config';

// Astro's telemetry stays off for every Astro call the tests make (container API, preview, builds).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * Four suites: unit (tests/vitest.unit.config.ts: plugins, schemas, helpers, and components through Astro's
 * container API, so it runs on Astro's Vite config), content (editorial checks over the real content), build (the
 * whole pipeline on a scratch copy, and the bad-input suite) and e2e (the built site in Chromium). Each sets its own
 * time budgets (tests, hooks and expect.poll), measured on a loaded 2-core machine, instead of vitest's defaults; a unit test
 * (tests/unit/calm-ci.test.ts) checks that none is left out.
 */
export default defineConfig({
  test: {
    // The e2e global setup's teardown closes Chromium and the server: seconds, but never vitest's default.
    teardownTimeout: 60_000,
    projects: [
      'tests/vitest.unit.config.ts',
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        // Whole builds of a scratch copy of the project, and the bad-input suite (real build commands on
        // scratch copies of the content): each case has its own measured budget; two commands at once at
        // most, so a loaded 2-core machine stays responsive.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          maxConcurrency: 2,
          testTimeout: 240_000,
          hookTimeout: 240_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        // Browser tests against the built site in dist/, served locally; one Chromium and one server for the
        // whole run, shared by two files at a time (each file has its own browser contexts).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll's own default (1 s) is what a loaded machine breaks first; a page action's budget instead.
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
