import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserEndpoint: string;
  }
}

/**
 * Serves the built site (dist/) on loopback and starts one Chromium for the whole run; `npm test` builds
 * the site first. Test files connect to that browser (tests/e2e/browser.ts), so none pays for a launch.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const port = Number(process.env.E2E_PORT ?? 4329);
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  const chromium = await launchBrowserServer();
  project.provide('baseURL', `http://127.0.0.1:${server.port}`);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.stop();
  };
}
