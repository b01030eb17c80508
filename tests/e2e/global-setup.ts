import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/browser/chromium.ts';
import { serveSite } from '../../scripts/serve/site-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserEndpoint: string;
  }
}

/**
 * Serves the built site (dist/) on loopback as a static host would, with the headers of dist/_headers
 * (scripts/serve/site-server.ts), and starts one Chromium for the whole run; `npm test` builds the site first.
 * Test files connect to that browser (tests/e2e/browser.ts), so none pays for a launch.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const server = await serveSite({ root: 'dist', port: Number(process.env.E2E_PORT ?? 4329) });
  const chromium = await launchBrowserServer();
  project.provide('baseURL', server.url);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
