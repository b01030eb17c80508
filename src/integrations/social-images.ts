import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { writeSocialImages } from '../build/social/social-images.ts';
import { offThread } from '../build/off-thread.ts';

/**
 * Adds each page's social card (1200×630 PNG) to the built site, after the pages are written.
 * A post-build step rather than an endpoint: it reads the title each page actually carries, keeps a
 * content-hash cache on disk between builds (render code may not touch files), and stops the build if a
 * page points at a card that cannot be made.
 */
export default function socialImages(): AstroIntegration {
  return {
    name: 'taxprivacy:social-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // On its own thread, beside the search index's: a fresh heap makes it far faster (off-thread.ts).
        const report = await offThread<typeof writeSocialImages>(
          new URL('../build/social/social-images.ts', import.meta.url),
          'writeSocialImages',
          fileURLToPath(dir),
        );
        const largest = Math.max(0, ...report.images.map((i) => i.bytes));
        logger.info(
          `Social images: ${report.images.length} cards, ${report.rendered} rendered, ` +
            `${report.images.length - report.rendered} from cache, in ${report.ms} ms (largest ${(largest / 1024).toFixed(1)} KiB).`,
        );
      },
    },
  };
}
