import { contentProblems, formatProblem, readContent } from '../src/content/check.ts';
import { caseStatusDates, formatReviewDue, reviewDue } from '../src/content/review-due.ts';
import type { CasesEntry } from '../src/schemas/case.ts';
import { defaultLang, siteToday } from '../src/site.ts';

/**
 * `npm run check:content`: every problem the build's content check would stop on, one per line; exit 1 if any.
 * Then, without failing, one line per status older than 90 days (SITE_TODAY=YYYY-MM-DD sets the day), so
 * whoever maintains the site sees what to re-check first.
 */
const report = readContent(process.cwd());
const problems = contentProblems(report);
for (const p of problems) console.error(formatProblem(p));

const cases = report.entries.get('cases')?.get(defaultLang);
let today: Date | undefined;
try {
  today = siteToday();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
if (today && cases) {
  const dated = caseStatusDates(cases.origin?.file ?? 'content/cases.yaml', cases.data as unknown as CasesEntry);
  for (const due of reviewDue(dated, today)) console.log(formatReviewDue(due));
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) found.`);
  process.exit(1);
}
console.log('Content check passed.');
