// Installs what `npm start` and `npm test` need on a bare machine (Debian 12, Node 20 + npm), and
// nothing when it is already there. CommonJS and Node 20-safe: it runs before the project's own
// Node 22 (the `node` devDependency) is installed.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { execSync, spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

/**
 * npm's stderr with its engine warnings taken out and counted: npm itself runs on the machine's Node 20,
 * and packages that ask for Node 22 (astro, vite, …) each print an EBADENGINE block. Nothing is wrong:
 * every script runs them on the project's own Node 22 (node_modules/.bin/node, first on npm's PATH).
 */
function engineWarnings(stderr) {
  const lines = String(stderr || '').split('\n');
  const engine = lines.filter((l) => l.includes('EBADENGINE'));
  return {
    packages: engine.filter((l) => /package:/.test(l)).length,
    other: lines.filter((l) => l.trim() !== '' && !l.includes('EBADENGINE')),
  };
}

/** The one line that stands for all the engine warnings. */
function engineLine(packages, nodeVersion) {
  return `npm: ${packages} packages ask for Node 22 while npm runs on Node ${nodeVersion} (EBADENGINE warnings, not shown); harmless: the scripts run them on the project's own Node 22.`;
}

/** npm ci, every warning and error printed as npm wrote it except the engine warnings, told in one line. */
function install() {
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: ['inherit', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const { packages, other } = engineWarnings(result.stderr);
  for (const line of other) console.error(line);
  if (packages > 0) console.log(engineLine(packages, process.versions.node));
  if (result.status !== 0) process.exit(result.status || 1);
}

module.exports = { engineWarnings, engineLine };
if (require.main !== module) return;

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const node22 = join(root, 'node_modules', 'node', 'bin', 'node');
if (!existsSync(installed) || !existsSync(node22) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  install();
}

const chromium = '/usr/bin/chromium';
if (process.argv.includes('--browser') && !existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests…');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.error(`Browser tests need ${chromium}. Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
}
