import { checkReads, formatProblem, readCollections, reportOf } from '../src/content/check.ts';
import { missingTwins } from '../src/content/notices.ts';

/**
 * `npm run check:content`: every problem the build stops on before it renders (the same reads and checks as
 * `npm run build`'s first step, src/content/check.ts), one per line; exit 1 if any.
 */
const root = process.cwd();
const reads = readCollections(root);
// Listed, not failed on: a page still waiting for its translation.
for (const line of missingTwins(reportOf(reads))) console.log(line);
const problems = checkReads(reads, root);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) found.`);
  process.exit(1);
}
console.log('Content check passed.');
