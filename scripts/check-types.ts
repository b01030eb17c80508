// npm run check:types: `astro check` (TypeScript over every .ts and .astro file), with Astro's telemetry off,
// and a line every 30 s while it works in silence: on a loaded machine it runs for minutes without output.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const started = performance.now();
const seconds = () => Math.round((performance.now() - started) / 1000);
const child = spawn(join(process.cwd(), 'node_modules/.bin/astro'), ['check', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
let quietSince = performance.now();
child.stdout.on('data', (d: Buffer) => ((quietSince = performance.now()), process.stdout.write(d)));
child.stderr.on('data', (d: Buffer) => ((quietSince = performance.now()), process.stderr.write(d)));
const heartbeat = setInterval(() => {
  if (performance.now() - quietSince >= 30_000) {
    console.log(`astro check: still checking types (${seconds()} s so far)…`);
    quietSince = performance.now();
  }
}, 5_000);
child.on('close', (code) => {
  clearInterval(heartbeat);
  console.log(`astro check: done in ${seconds()} s.`);
  process.exit(code ?? 1);
});
