import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { describe, expect, test } from 'vitest';
import PlainHtml from '../fixtures/mdx/plain-html.mdx';

/** The fixture rendered by Astro's MDX pipeline with the site's own plugins (astro.config.mjs). */
async function rendered(): Promise<string> {
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await AstroContainer.create({ renderers });
  return (await container.renderToString(PlainHtml)).replace(/\s+/g, ' ');
}

describe('plain HTML written in MDX is treated like Markdown (rehype-plain-html)', () => {
  test('an external HTML link gets rel="noreferrer", as a Markdown link does', async () => {
    const html = await rendered();
    expect(html).toContain('<a href="https://www.irs.gov/" rel="noreferrer">Markdown link</a>');
    expect(html).toContain('<a href="https://www.congress.gov/" hreflang="en" rel="noreferrer">HTML link</a>');
  });

  test('a site link keeps no rel, and nested elements are converted too', async () => {
    const html = await rendered();
    expect(html).toContain('<a href="/about/">site link</a>');
    expect(html).toContain('<a href="https://www.irs.gov/privacy" rel="noreferrer">a link inside</a>');
    expect(html).toMatch(/<blockquote lang="en" cite="https:\/\/www\.law\.cornell\.edu\/uscode\/text\/26\/6103">/);
    expect(html).toContain('<em><span lang="en">shall be confidential</span></em>');
  });
});
