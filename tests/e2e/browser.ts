import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export function baseURL(): string {
  return inject('baseURL');
}

/** A page in a fresh context (no shared cookies or storage), phone-sized unless told otherwise. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, baseURL()).href);
  return page;
}

/** Every page the build produced, as URL paths ("/", "/section-6103/", "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = '/' + relative(dist, full).replaceAll('\\', '/');
        out.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Article pages: every built page but the home page and the error page. */
export function articlePages(): string[] {
  return builtPages().filter((p) => p !== '/' && !p.endsWith('.html') && /^\/[a-z0-9-]+\/$/.test(p) && isArticle(p));
}

function isArticle(path: string): boolean {
  return readFileSync(join('dist', path, 'index.html'), 'utf8').includes('class="tp-article"');
}

/** axe-core's source, injected into pages under test. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
