import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, articlePages } from './browser.ts';
import { accessibilityTree, phone, say } from './reader.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(articlePages())('footnotes on %s at 375 px', (path) => {
  test('each reference is heard as "Source N" and is a target of at least 24 × 24 px', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    const refs = page.locator('.tp-prose a[href^="#fn-"]');
    const numbers = await refs.allInnerTexts();
    expect(numbers.length).toBeGreaterThan(20);
    const name = (n: string) => say(path, 'footnote.ref', { n });
    const word = name('').trim();
    const heard = (await accessibilityTree(page)).filter(
      (n) => n.role === 'link' && n.name.startsWith(`${word} `) && /^\S+ \d+$/.test(n.name),
    );
    // Chromium's tree does not list table cells in page order, so compare as sets.
    expect(heard.map((n) => n.name).sort()).toEqual(numbers.map(name).sort());
    const small = await refs.evaluateAll((as) =>
      as
        .map((a) => a.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24)
        .map((r) => `${r.width}×${r.height}`),
    );
    expect(small).toEqual([]);
    await page.context().close();
  });

  test('every use of a note has its own back-link, which returns to that use with it in view', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    const problems = await page.evaluate(async () => {
      const out: string[] = [];
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (const note of document.querySelectorAll<HTMLElement>('[data-footnotes] li[id^="fn-"]')) {
        const uses = [...document.querySelectorAll<HTMLAnchorElement>(`.tp-prose a[href="#${note.id}"]`)];
        const backs = [...note.querySelectorAll<HTMLAnchorElement>('a[href^="#fnref-"]')];
        if (backs.length !== uses.length) out.push(`${note.id}: ${uses.length} uses, ${backs.length} back-links`);
        for (const [i, back] of backs.entries()) {
          back.click();
          await frame();
          const use = document.getElementById(decodeURIComponent(back.hash.slice(1)));
          if (use !== uses[i]) {
            out.push(`${back.hash} is not use ${i + 1} of ${note.id}`);
            continue;
          }
          const r = use.getBoundingClientRect();
          const roomAbove = Math.min(innerHeight * 0.25, r.top + scrollY);
          if (r.top < roomAbove - 1 || r.bottom > innerHeight)
            out.push(`${back.hash} lands at ${Math.round(r.top)} px`);
          if (!use.matches(':target')) out.push(`${back.hash} is not the target`);
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('each back-link is named after the section its use sits in', async () => {
    const page = await openPage(browser, path, { viewport: phone });
    // Both kinds of back-link ("Back to the text: …", "Back to use 2 of 3: …") start with the same words.
    const [one, many] = [say(path, 'footnote.back'), say(path, 'footnote.backUse')];
    let common = 0;
    while (one[common] === many[common]) common += 1;
    const words = { prefix: one.slice(0, common), opening: say(path, 'sources.opening') };
    const wrong = await page.evaluate(({ prefix, opening }) => {
      const out: string[] = [];
      const headings = [...document.querySelectorAll('.tp-prose :is(h2, h3)')];
      for (const back of document.querySelectorAll<HTMLAnchorElement>('[data-footnotes] a[href^="#fnref-"]')) {
        const use = document.getElementById(decodeURIComponent(back.hash.slice(1)))!;
        const before = headings.filter((h) => h.compareDocumentPosition(use) & Node.DOCUMENT_POSITION_FOLLOWING);
        const section = before.at(-1)?.textContent?.trim() ?? opening;
        const name = back.getAttribute('aria-label') ?? '';
        if (!name.startsWith(prefix) || !name.endsWith(`: ${section}`)) out.push(`${back.hash}: "${name}"`);
      }
      return out;
    }, words);
    expect(wrong).toEqual([]);
    await page.context().close();
  });
});

test('a reader who follows the twelfth use of a note comes back to the twelfth, not the first', async () => {
  const page = await openPage(browser, '/irs-ice-agreement/', { viewport: phone });
  const uses = await page.locator('.tp-prose a[href^="#fn-"]').evaluateAll((as) => {
    const counts = new Map<string, number>();
    for (const a of as) counts.set(a.getAttribute('href')!, (counts.get(a.getAttribute('href')!) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0];
  });
  const [note, count] = uses;
  expect(count).toBeGreaterThanOrEqual(6);
  const last = page.locator(`.tp-prose a[href="${note}"]`).nth(count - 1);
  const id = (await last.getAttribute('id'))!;
  await last.click();
  expect(new URL(page.url()).hash).toBe(note);
  const back = page.locator(`${note} a[href="#${id}"]`);
  expect(await back.getAttribute('aria-label')).toMatch(new RegExp(`^Back to use ${count} of ${count}: `));
  await back.click();
  expect(new URL(page.url()).hash).toBe(`#${id}`);
  const box = (await last.boundingBox())!;
  expect(box.y).toBeGreaterThan(phone.height * 0.2);
  expect(box.y + box.height).toBeLessThan(phone.height);
  await page.context().close();
});
