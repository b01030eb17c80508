import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSecurityHeaders } from '../build/headers/security-headers.ts';

/**
 * Once the pages are built: writes each page's Content-Security-Policy into `_headers` beside the site-wide
 * headers of public/_headers (src/build/headers/security-headers.ts), and stops the build, naming the page,
 * when a page has something a strict policy would block. Runs inside `astro build`, so it writes into the
 * fresh build folder before scripts/build.ts puts it in place.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'taxprivacy:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const report = writeSecurityHeaders(fileURLToPath(dir));
        if (report.problems.length === 0) {
          logger.info(
            `Security headers written in ${Math.round(performance.now() - started)} ms (${report.policies.length} policies).`,
          );
          return;
        }
        for (const p of report.problems) logger.error(p);
        const error = new Error(
          `${report.problems.length} thing(s) on built pages that the Content-Security-Policy would block; each is listed above.`,
        );
        error.stack = error.message;
        throw error;
      },
    },
  };
}
