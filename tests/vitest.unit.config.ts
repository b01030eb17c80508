/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** The unit suite's options; its budgets are measured on a loaded 2-core machine (Astro's container API is the slow part). */
export const unitTest = {
  name: 'unit',
  include: ['tests/unit/**/*.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  expect: { poll: { timeout: 10_000 } },
};

/** The unit suite runs on Astro's Vite config, so `.astro` components render through the container API. */
export default getViteConfig({ test: unitTest });
