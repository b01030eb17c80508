import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import rootConfig from '../../vitest.config.ts';
import { unitTest } from '../vitest.unit.config.ts';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const require = (await import('node:module')).createRequire(import.meta.url);
const setup = require('../../scripts/ensure-setup.cjs') as {
  engineWarnings(stderr: string): { packages: number; other: string[] };
  engineLine(packages: number, node: string): string;
};

describe('a calm, honest CI', () => {
  test('every suite sets its own test, hook and expect.poll budgets (no vitest default that load can break)', () => {
    const projects = (rootConfig.test?.projects ?? []).filter((p) => typeof p === 'object') as {
      test: { name: string; testTimeout?: number; hookTimeout?: number; expect?: { poll?: { timeout?: number } } };
    }[];
    const suites = [...projects.map((p) => p.test), unitTest];
    expect(suites.map((s) => s.name).sort()).toEqual(['build', 'content', 'e2e', 'unit']);
    for (const s of suites) {
      expect(s.testTimeout, `${s.name}: testTimeout`).toBeGreaterThan(5_000);
      expect(s.hookTimeout, `${s.name}: hookTimeout`).toBeGreaterThan(10_000);
      expect(s.expect?.poll?.timeout, `${s.name}: expect.poll timeout`).toBeGreaterThan(5_000);
    }
    expect(rootConfig.test?.teardownTimeout).toBeGreaterThan(10_000);
  });

  test('Astro telemetry is off in every script that runs Astro, and in the tests', () => {
    // The CLI (npm start's preview), the scripts that call Astro's API, and the config every Astro run loads.
    for (const [name, command] of Object.entries(pkg.scripts)) {
      for (const part of command.split('&&').map((c) => c.trim())) {
        if (/^(\w+=\S+ )*(npx )?astro\b/.test(part))
          expect(part, `npm run ${name}`).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 /);
      }
    }
    // npm start serves the built dist/ with the site's own headers (scripts/serve.ts): no Astro runs there.
    expect(pkg.scripts.start).toMatch(/&& node scripts\/serve\.ts /);
    for (const script of ['scripts/build.ts', 'scripts/check-types.ts', 'astro.config.mjs', 'vitest.config.ts'])
      expect(readFileSync(join(root, script), 'utf8'), script).toMatch(/ASTRO_TELEMETRY_DISABLED(\s*=\s*|: )'1'/);
    // Set by vitest.config.ts for the container API, preview and builds the tests start.
    expect(process.env.ASTRO_TELEMETRY_DISABLED).toBe('1');
  });

  test('the long steps print progress: browser and build suites name each test as it ends', () => {
    expect(pkg.scripts['test:e2e']).toContain('--reporter=verbose');
    expect(pkg.scripts['test:build']).toContain('--reporter=verbose');
    expect(pkg.scripts['check:types']).toBe('node scripts/check-types.ts');
  });

  test("an install tells npm's engine warnings in one line and keeps every other line", () => {
    const stderr = [
      'npm warn EBADENGINE Unsupported engine {',
      "npm warn EBADENGINE   package: 'astro@7.3.5',",
      "npm warn EBADENGINE   required: { node: '>=22.12.0' },",
      "npm warn EBADENGINE   current: { node: 'v20.19.2', npm: '10.8.2' }",
      'npm warn EBADENGINE }',
      'npm warn EBADENGINE Unsupported engine {',
      "npm warn EBADENGINE   package: 'vite@8.0.0',",
      'npm warn EBADENGINE }',
      'npm warn deprecated something@1.0.0: use other',
    ].join('\n');
    expect(setup.engineWarnings(stderr)).toEqual({
      packages: 2,
      other: ['npm warn deprecated something@1.0.0: use other'],
    });
    expect(setup.engineLine(2, '20.19.2')).toMatch(
      /^npm: 2 packages ask for Node 22 while npm runs on Node 20\.19\.2 .*harmless/,
    );
  });
});
