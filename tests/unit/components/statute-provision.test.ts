import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import StatuteProvision from '../../../src/components/StatuteProvision.astro';
import type { StatuteProvision as Provision } from '../../../src/schemas/statute.ts';

const provision: Provision = {
  id: 'i-2',
  cite: '§ 6103(i)(2)',
  heading: 'Disclosure of return information other than taxpayer return information for use in criminal investigations',
  text: [
    { text: '(A) In general.—Upon receipt by the Secretary of a request …', indent: 0 },
    { text: '(i) the name and address of the taxpayer', indent: 1 },
  ],
  note: 'Other agencies may ask in writing for some tax facts in a criminal case.',
  parts: [
    {
      id: 'i-2-C',
      cite: '§ 6103(i)(2)(C)',
      heading: 'Taxpayer identity',
      note: 'For these requests, a name and address are not taxpayer return information.',
      text: [
        { text: 'the name and address of the taxpayer shall not be treated as taxpayer return information', indent: 0 },
      ],
    },
  ],
  summary: 'Parts (B) and (D) are left out.',
};

async function render(item: Provision, lang: 'en' | 'es' = 'en') {
  const container = await AstroContainer.create();
  return (
    await container.renderToString(StatuteProvision, {
      props: { item, level: 3, lang, officialUrl: 'https://uscode.house.gov/' },
    })
  )
    .replace(/\s+/g, ' ')
    .trim();
}

describe('a provision of the annotated statute', () => {
  test('has its heading with a section link, the law’s exact words cited to the official text, and our note', async () => {
    const html = await render(provision);
    expect(html).toMatch(/<h3 id="i-2"[^>]*>/);
    expect(html).toContain('href="#i-2"');
    expect(html).toContain('<blockquote cite="https://uscode.house.gov/"');
    expect(html).toMatch(/<p class="tp-indent-1"[^>]*>\(i\) the name and address of the taxpayer<\/p>/);
    expect(html).toContain('Other agencies may ask in writing');
  });

  test('puts each part one heading level down, with its own anchor, and a summary of what was left out after them', async () => {
    const html = await render(provision);
    expect(html).toMatch(/<h4 id="i-2-C"[^>]*>/);
    expect(html.indexOf('id="i-2-C"')).toBeLessThan(html.indexOf('Parts (B) and (D) are left out.'));
  });

  test('labels the words, the summary and the note in the page’s language', async () => {
    const html = await render(provision, 'es');
    for (const label of ['El texto de la ley', 'Qué significa', 'Resumen, no es el texto de la ley'])
      expect(html).toMatch(new RegExp(`class="tp-kicker"[^>]*>${label}<`));
  });
});
