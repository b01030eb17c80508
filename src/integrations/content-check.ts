import type { AstroIntegration } from 'astro';
import { contentProblems, formatProblem } from '../content/check.ts';
import { contentReport } from '../content/report.ts';
import { missingTwins } from '../content/notices.ts';
import { reviewDueLines } from '../content/review-due.ts';
import { siteToday } from '../site.ts';

/**
 * Stops the build before anything renders when the content has a problem. The collection loaders have
 * already logged each of their problems as `file: field (line N): message`; this adds those that span
 * collections (unknown source IDs, refused domains, uncited numbers), then fails with the count.
 * Nothing is written or changed.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'taxprivacy:content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const report = contentReport();
        for (const line of missingTwins(report)) logger.warn(line);
        for (const line of reviewDueLines(report, siteToday())) logger.warn(line);
        const problems = contentProblems(report);
        if (problems.length === 0) return;
        const logged = new Set([...report.problems.values()].flat());
        for (const p of problems) if (!logged.has(p)) logger.error(formatProblem(p));
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
