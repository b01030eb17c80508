import { checkReads, formatProblem, readCollections, reportOf } from '../src/content/check.ts';
import { missingTwins } from '../src/content/notices.ts';
import { reviewDueLines } from '../src/content/review-due.ts';
import { siteToday } from '../src/site.ts';

/**
 * `npm run check:content`: every problem the build stops on before it renders (the same reads and checks as
 * `npm run build`'s first step, src/content/check.ts), one per line; exit 1 if any.
 * Listed first, not failed on: pages still waiting for their translation, and every status older than 90
 * days (SITE_TODAY=YYYY-MM-DD sets the day), so whoever maintains the site sees what to re-check first.
 */
const root = process.cwd();
const reads = readCollections(root);
const report = reportOf(reads);
for (const line of missingTwins(report)) console.log(line);
try {
  for (const line of reviewDueLines(report, siteToday())) console.log(line);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
const problems = checkReads(reads);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) found.`);
  process.exit(1);
}
console.log('Content check passed.');
