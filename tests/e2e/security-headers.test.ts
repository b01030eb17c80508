import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { launchBrowser, builtPages, baseURL } from './browser.ts';
import { languages, type Lang } from '../../src/site.ts';
import { searchPath } from '../../src/paths.ts';
import { parsePolicy } from '../../src/build/headers/content-security-policy.ts';
import { pageFile } from '../../src/build/built-pages.ts';

/**
 * Every page as the local host serves it (the headers of dist/_headers): a strict Content-Security-Policy
 * that the page itself never breaks, and the privacy and transport headers. Chromium's own reports are the
 * judge: `securitypolicyviolation` events in the page and in every frame it opens, and console errors.
 */
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  // Before any of the page's own code: every frame records the violations it sees.
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const searchPages = new Set((Object.keys(languages) as Lang[]).map((lang) => searchPath(lang)));
/** Pages that a page of the site frames (a same-origin <iframe>), read from the built pages. */
// Pages the site frames: an <iframe src>, or a form's action sent into one of the page's frames (target=).
const framedPages = new Set(
  builtPages().flatMap((p) => {
    const html = readFileSync(pageFile(p), 'utf8');
    return [
      ...[...html.matchAll(/<iframe\b[^>]*\ssrc="(\/[^"?#]*)/g)].map((m) => m[1]),
      ...[...html.matchAll(/<form\b[^>]*\starget="[^"]+"[^>]*>/g)].flatMap(
        (m) => m[0].match(/\saction="(\/[^"?#]*)/)?.[1] ?? [],
      ),
    ];
  }),
);

/** Opens `path`, loads every frame it has (lazy ones too) and returns what Chromium reported. */
async function visit(page: Page, path: string): Promise<{ response: Response | null; problems: string[] }> {
  const problems: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  };
  const onError = (e: Error) => problems.push(`uncaught: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const response = await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
  // Lazy frames load as a reader would make them (by using what they serve); load them now instead.
  const frames = await page.locator('iframe').count();
  if (frames > 0) {
    await page.locator('iframe').evaluateAll((els) =>
      Promise.all(
        els.map(
          (el) =>
            new Promise<void>((resolve) => {
              const frame = el as HTMLIFrameElement;
              frame.addEventListener('load', () => resolve(), { once: true });
              frame.loading = 'eager';
              frame.style.display = 'block';
              // Setting the address again starts the load now, whatever the frame's lazy state.
              frame.setAttribute('src', frame.getAttribute('src') ?? '');
            }),
        ),
      ),
    );
  }
  if (searchPages.has(path)) {
    // The search runs Pagefind in a worker with WebAssembly: make it search.
    await page.getByRole('searchbox').first().fill('tax');
    await page.locator('#tp-search-results a').first().waitFor({ timeout: 30_000 });
    // It searched in the search worker, under that file's own policy: had the policy stopped the worker,
    // the page would have fallen back to Pagefind's worker.
    const workers = page.workers().map((w) => new URL(w.url()).pathname);
    if (!workers.some((w) => /^\/_astro\/search-worker[-.][\w-]+\.js$/.test(w)) || workers.length !== 1)
      problems.push(`${path}: searched outside the search worker (workers: ${workers.join(', ') || 'none'})`);
  }
  for (const frame of page.frames()) {
    const seen = await frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    problems.push(...seen.map((v) => `${new URL(frame.url()).pathname}: ${v}`));
  }
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return { response, problems };
}

describe('every page, served with its headers', () => {
  test.each(builtPages())('%s breaks no policy and logs no error', { timeout: 90_000 }, async (path) => {
    const page = await context.newPage();
    try {
      const { response, problems } = await visit(page, path);
      expect(problems).toEqual([]);
      const headers = response!.headers();
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      const csp = headers['content-security-policy'];
      // One policy: two joined by a comma would each be enforced, and the stricter would win everywhere.
      expect(csp.split(',')).toHaveLength(1);
      const policy = parsePolicy(csp);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      for (const [directive, sources] of policy) {
        expect(sources, directive).not.toContain("'unsafe-inline'");
        expect(sources, directive).not.toContain("'unsafe-eval'");
        // Nothing from another origin, and no blob: worker: only keywords, hashes and data: images.
        for (const s of sources) expect(s, directive).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:)$/);
      }
      expect(policy.get('script-src')!.includes("'wasm-unsafe-eval'"), 'WebAssembly allowed').toBe(
        searchPages.has(path),
      );
      expect(policy.has('worker-src'), 'workers allowed').toBe(searchPages.has(path));
    } finally {
      await page.close();
    }
  });

  // A host answers an address it has no page for with the not-found page, under the rules of the address
  // asked for: the site-wide rule's, or a list's, whose rule matches everything below it.
  test.each(['/no-such-page/', '/es/no-such-page/', '/updates/no-such-page/', '/es/articles/9999/'])(
    'the not-found page at %s breaks no policy',
    { timeout: 90_000 },
    async (path) => {
      const page = await context.newPage();
      try {
        const { response, problems } = await visit(page, path);
        expect(response!.status()).toBe(404);
        // Chromium logs the 404 status of the page itself as an error; nothing else may be logged.
        expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
        // Its styles applied: the skip link is hidden off screen until it has focus.
        const skip = await page.locator('.tp-skip').boundingBox();
        expect(skip === null || skip.y + skip.height <= 0 || skip.x + skip.width <= 0, 'skip link hidden').toBe(true);
      } finally {
        await page.close();
      }
    },
  );

  test("only the pages the site frames itself may be framed, and only by the site's own pages", async () => {
    const page = await context.newPage();
    try {
      for (const path of builtPages()) {
        const response = await page.request.get(new URL(path, baseURL()).href);
        const ancestors = parsePolicy(response.headers()['content-security-policy']).get('frame-ancestors');
        expect(ancestors, path).toEqual([framedPages.has(path) ? "'self'" : "'none'"]);
      }
    } finally {
      await page.close();
    }
  });

  test('a page framed by another site is refused', async () => {
    const page = await context.newPage();
    try {
      // Another origin (127.0.0.1 and localhost differ) frames the home page: Chromium must refuse it.
      const other = new URL(baseURL());
      other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      await page.route(`${other.origin}/framing-test`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>t</title><iframe src="${new URL('/', baseURL()).href}"></iframe>`,
        }),
      );
      const home = new URL('/', baseURL()).href;
      expect((await page.request.get(home)).ok(), 'the page itself is served').toBe(true);
      await page.goto(`${other.origin}/framing-test`, { waitUntil: 'load' });
      // Chromium puts its error page in place of a refused frame.
      await expect
        .poll(
          () =>
            page
              .frames()
              .find((f) => f !== page.mainFrame())
              ?.url(),
          { timeout: 10_000 },
        )
        .toMatch(/^chrome-error:/);
    } finally {
      await page.close();
    }
  });
});
