import { checkContent, formatProblem } from '../src/content/check.ts';

/** `npm run check:content`: every problem the build's content check would stop on, one per line; exit 1 if any. */
const problems = checkContent(process.cwd());
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) found.`);
  process.exit(1);
}
console.log('Content check passed.');
