/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** The unit suite runs on Astro's Vite config, so `.astro` components render through the container API. */
export default getViteConfig({
  test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
});
