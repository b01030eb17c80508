import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser downloads are not available here. */
export const chromiumPath = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** How long Chromium may take to start or accept a connection: a few seconds, much longer on a loaded machine. */
const startBudget = 120_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, timeout: startBudget });
}

/** One Chromium for a whole test run; each test file connects to it instead of starting its own. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    timeout: startBudget,
  });
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint, { timeout: startBudget });
}
