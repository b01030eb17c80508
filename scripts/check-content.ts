// Checks every article and source file and prints one line per problem. Exit code 1 when any.
// Then lists, without failing, each status older than 90 days, so a maintainer sees what to re-check first.
import { checkContent, formatProblem } from '../src/content/check/index.ts';
import { loadCases } from '../src/content/read-cases.ts';
import { caseStatusDates, formatReviewDue, reviewDue } from '../src/content/review-due.ts';
import { siteToday } from '../src/site.ts';

const problems = checkContent(process.cwd());
for (const p of problems) console.error(formatProblem(p));
console.log(problems.length === 0 ? 'Content check: no problems.' : `Content check: ${problems.length} problem(s).`);
process.exitCode = problems.length === 0 ? 0 : 1;

try {
  for (const due of reviewDue(caseStatusDates(loadCases(process.cwd())), siteToday()))
    console.log(formatReviewDue(due));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
