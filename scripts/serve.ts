// npm start (after its build): serves dist/ on loopback as a static host would, headers included
// (scripts/serve/site-server.ts). `--port N` picks the port (default 4321).
import { existsSync } from 'node:fs';
import { serveSite } from './serve/site-server.ts';

const at = process.argv.indexOf('--port');
const port = at === -1 ? 4321 : Number(process.argv[at + 1]);
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const server = await serveSite({ root: 'dist', port });
console.log(`Serving dist/ at ${server.url}/ with the headers of dist/_headers (Ctrl+C stops).`);
