import { t, type StringKey } from '../../src/i18n/translate.ts';
import type { Lang } from '../../src/site.ts';
import type { Page } from 'playwright-core';

/** One node of Chromium's accessibility tree: what a screen reader is told. */
export interface AxNode {
  role: string;
  name: string;
}

/**
 * The page's accessibility tree as Chromium gives it to screen readers, in document order, with the
 * nodes it leaves out (hidden, or presentational) dropped. Names have their white space collapsed.
 */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({
      role: String(n.role?.value ?? ''),
      name: String(n.name?.value ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
}

/** Opens every <details> on the page, as a reader who taps each folded control would. */
export async function openEveryFold(page: Page): Promise<void> {
  for (const summary of await page.locator('details:not([open]) > summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
}

/** Whether an element's top edge is on screen. */
export async function topInViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight;
    });
}

/** A phone's screen, as the issue measures it. */
export const phone = { width: 375, height: 812 };

/** The language a built page is in, from its path ("/es/…" is Spanish). */
export function langOf(path: string): Lang {
  return path.startsWith('/es/') || path === '/es' ? 'es' : 'en';
}

/** A UI string as the page at `path` shows it, so a test reads what a reader of that language reads. */
export function say(path: string, key: StringKey, vars: Record<string, string | number> = {}): string {
  return t(langOf(path), key, vars);
}

/**
 * Records what a page copies. The site's Permissions-Policy forbids reading the clipboard (clipboard-read=()),
 * so a test cannot read it back; instead each write that succeeds is kept on the page, for `copiedText`.
 */
export async function recordCopies(page: Page): Promise<void> {
  const patch = () => {
    const write = Clipboard.prototype.writeText;
    Clipboard.prototype.writeText = function (this: Clipboard, text: string) {
      return write.call(this, text).then(() => {
        (window as unknown as { tpCopied?: string }).tpCopied = text;
      });
    };
  };
  await page.context().addInitScript(patch);
  await page.evaluate(patch);
}

/** The text the page last copied (after `recordCopies`), or "". */
export function copiedText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { tpCopied?: string }).tpCopied ?? '');
}

/** The most common colour on screen inside a box, read from a screenshot (in the page, with a canvas). */
export async function colourIn(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<string> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < d.length; i += 4) {
      const key = `rgb(${d[i]}, ${d[i + 1]}, ${d[i + 2]})`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0][0];
  }, png);
}
