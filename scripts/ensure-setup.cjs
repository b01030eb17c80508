// Installs what `npm start` and `npm test` need on a bare machine (Debian 12, Node 20 + npm), and
// nothing when it is already there. CommonJS and Node 20-safe: it runs before the project's own
// Node 22 (the `node` devDependency) is installed.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const node22 = join(root, 'node_modules', 'node', 'bin', 'node');
if (!existsSync(installed) || !existsSync(node22) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
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
