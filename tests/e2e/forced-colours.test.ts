import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { colourIn, openEveryFold, phone } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Whether an element (or its pseudo-element) shows an edge, a dot or an outline in a colour other than the page's. */
function visibleEdges(page: Page, selector: string, pseudo?: string) {
  return page.locator(selector).evaluateAll(
    (els, pseudo) =>
      els.map((el) => {
        const s = getComputedStyle(el, pseudo);
        const page = getComputedStyle(document.body).backgroundColor;
        const border = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) =>
            s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
            parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
            s.getPropertyValue(`border-${side.toLowerCase()}-color`) !== page,
        );
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== page;
        const fill = s.backgroundColor !== page && !/rgba\(0, 0, 0, 0\)|transparent/.test(s.backgroundColor);
        return { border, outline, fill };
      }),
    pseudo,
  );
}

describe('in forced-colours mode (a Windows contrast theme)', () => {
  test('boxes, the status line and quotes keep a visible edge', async () => {
    const page = await openPage(browser, '/irs-ice-agreement/', { viewport: phone, forcedColors: 'active' });
    await openEveryFold(page);
    for (const selector of ['.tp-box', '.tp-status', 'blockquote']) {
      const edges = await visibleEdges(page, selector);
      expect(edges.length, selector).toBeGreaterThan(0);
      expect(
        edges.filter((e) => !e.border),
        selector,
      ).toEqual([]);
    }
    await page.context().close();
  });

  test('the section a link lands on is outlined', async () => {
    const page = await openPage(browser, '/section-6103/#who-may-ask', { viewport: phone, forcedColors: 'active' });
    expect(await visibleEdges(page, ':target')).toEqual([expect.objectContaining({ outline: true })]);
    await page.context().close();
  });

  test('the timeline keeps its dots', async () => {
    const page = await openPage(browser, '/timeline/', { viewport: phone, forcedColors: 'active' });
    const dots = await visibleEdges(page, 'ol.tp-timeline > li', '::before');
    expect(dots.length).toBeGreaterThan(50);
    expect(dots.filter((d) => !d.fill)).toEqual([]);
    await page.context().close();
  });
});

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/\d+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(['light', 'dark'] as const)('landing from a search in the %s theme', (colorScheme) => {
  test('the matched words are marked more strongly than the paragraph around them', async () => {
    const page = await openPage(browser, '/itin-filers/#what-is-an-itin:~:text=nine%20digits', {
      viewport: phone,
      colorScheme,
    });
    // The browser scrolls to the words after the page loads.
    await page.waitForFunction(() => scrollY > 0);
    const boxes = await page.evaluate(() => {
      const paragraph = document.querySelector(':target')!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf('nine digits');
        if (at === -1) continue;
        const box = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(n, from);
          range.setEnd(n, to);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        return {
          tag: paragraph.tagName,
          words: box(at, at + 'nine digits'.length),
          around: box(0, 'ITIN stands'.length),
        };
      }
      return null;
    });
    expect(boxes?.tag).toBe('P');
    const words = await colourIn(page, boxes!.words);
    const around = await colourIn(page, boxes!.around);
    const background = await colourIn(page, { x: 0, y: 0, width: 4, height: 4 });
    expect(around).not.toBe(background);
    expect(words).not.toBe(around);
    expect(contrast(words, background)).toBeGreaterThan(contrast(around, background) + 0.15);
    await page.context().close();
  });
});

test('in forced-colours mode the matched words still stand out from the page', async () => {
  const page = await openPage(browser, '/itin-filers/#what-is-an-itin:~:text=nine%20digits', {
    viewport: phone,
    forcedColors: 'active',
  });
  await page.waitForFunction(() => scrollY > 0);
  const box = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector(':target')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf('nine digits');
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'nine digits'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  });
  const background = await colourIn(page, { x: 0, y: 0, width: 4, height: 4 });
  expect(contrast(await colourIn(page, box!), background)).toBeGreaterThan(3);
  await page.context().close();
});
