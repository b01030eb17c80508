import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../content/check/index.ts';

/**
 * Runs the content check before Astro builds anything. Each problem is logged on its own line
 * (file, field or line, what is wrong); then the build stops. Nothing is written or changed.
 */
export default function contentCheck({ root = process.cwd() }: { root?: string } = {}): AstroIntegration {
  return {
    name: 'taxprivacy:content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (command === 'preview') return;
        const problems = checkContent(root);
        if (problems.length === 0) return;
        for (const p of problems) logger.error(formatProblem(p));
        const error = new Error(
          `Content check found ${problems.length} problem(s); each is listed above as "file: field: message".`,
        );
        // The list above is the message; a stack trace would only bury it.
        error.stack = error.message;
        throw error;
      },
    },
  };
}
