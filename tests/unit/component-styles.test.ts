import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Components style by the site's own class names (`.tp-…`), never by Astro's scoping: a scoped `<style>`
 * marks every element of its component with a `data-astro-cid-…` attribute, about 0.4 KB of brotli on the
 * timeline and the sources, enough to push a page's first response past the first TCP window. A page only
 * carries the styles of the components it uses, so a class-led global rule reaches no other page.
 */
const astroFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );

/** Each rule's selectors in a block of CSS (at-rules' own preludes left out; nested rules included). */
function selectorsOf(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/(?:^|[{};])\s*([^{};@\s][^{};]*)\{/g)].flatMap((m) =>
    m[1]
      .split(/,(?![^(]*\))/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

const styled = astroFiles('src').flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)].map((m) => ({
    file,
    attributes: m[1],
    css: m[2],
  })),
);

describe('component styles', () => {
  test('the selector reader finds every selector, nested ones too', () => {
    expect(
      selectorsOf('.a p, .b :is(h3, h4) { x: 1 } @media (min-width: 1px) { .c::before { y: 2 } } /* d {} */'),
    ).toEqual(['.a p', '.b :is(h3, h4)', '.c::before']);
  });

  test.each(styled.map((s) => [s.file, s] as const))('%s: global, and every selector names a .tp- class', (_, s) => {
    expect(s.attributes).toMatch(/\bis:global\b/);
    expect(s.css).not.toMatch(/:global\(/);
    expect(selectorsOf(s.css).filter((selector) => !/\.tp-[\w-]/.test(selector))).toEqual([]);
  });
});
