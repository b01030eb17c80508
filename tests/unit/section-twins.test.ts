import { describe, expect, test } from 'vitest';
import { linkSectionTwins } from '../../src/render/section-twins.ts';

const heading = (id: string) =>
  `<div class="tp-heading"><h2 id="${id}">Who may ask?</h2><a class="tp-anchor" href="#${id}" aria-label="Link to section: Who may ask?"></a></div>`;

describe('linkSectionTwins', () => {
  test('puts a link to the same section of the twin after every section link, in the twin’s language', () => {
    const html = `${heading('who-may-ask')}<p>Text</p>${heading('i-2')}`;
    const out = linkSectionTwins(html, { lang: 'es', path: '/es/seccion-6103/' }, 'Esta sección en español');
    expect(out).toContain(
      '<a class="tp-twin" href="/es/seccion-6103/#who-may-ask" hreflang="es" lang="es">Esta sección en español</a></div>',
    );
    expect(out).toContain('href="/es/seccion-6103/#i-2"');
    expect(out.match(/tp-twin/g)).toHaveLength(2);
  });

  test('leaves a page without a twin, and every other link, as it was', () => {
    const html = `${heading('a')}<a href="#fn-1" id="fnref-1">1</a>`;
    expect(linkSectionTwins(html, undefined, 'x')).toBe(html);
    expect(linkSectionTwins(html, { lang: 'en', path: '/section-6103/' }, 'This section in English')).not.toContain(
      'href="/section-6103/#fn-1"',
    );
  });
});
