import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltLinks, linkProblems } from '../build/link-check.ts';
import { formatProblem } from '../content/problem.ts';
import { contentReport } from '../content/report.ts';

/**
 * After the build (while the search index is written), checks every internal link and #anchor of every
 * built page, and stops the build on any that is broken, naming the content file and line that wrote it.
 * Runs on what was built, so no list of the ids that layouts render is kept anywhere.
 */
export default function linkCheck(): AstroIntegration {
  return {
    name: 'taxprivacy:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const broken = checkBuiltLinks(fileURLToPath(dir));
        const origins = [...contentReport().links.values()].flat();
        const problems = linkProblems(broken, origins);
        if (problems.length === 0) {
          logger.info(`Links checked in ${Math.round(performance.now() - started)} ms: none broken.`);
          return;
        }
        for (const p of problems) logger.error(formatProblem(p));
        const error = new Error(
          `${broken.length} broken link(s) in the built site; each is listed above with where it was written.`,
        );
        error.stack = error.message;
        throw error;
      },
    },
  };
}
