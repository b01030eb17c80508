// Checks every article and source file and prints one line per problem. Exit code 1 when any.
import { checkContent, formatProblem } from '../src/content/check/index.ts';

const problems = checkContent(process.cwd());
for (const p of problems) console.error(formatProblem(p));
console.log(problems.length === 0 ? 'Content check: no problems.' : `Content check: ${problems.length} problem(s).`);
process.exitCode = problems.length === 0 ? 0 : 1;
