// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/site.ts';
import { markdownOptions } from './src/plugins/index.ts';
import { takeTree } from './src/content/mdx/parsed-trees.ts';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/pagefind.ts';
import socialImages from './src/integrations/social-images.ts';
import siteSitemap from './src/integrations/sitemap.ts';
import linkCheck from './src/integrations/link-check.ts';
import securityHeaders from './src/integrations/security-headers.ts';

// No telemetry from any Astro run of this project: every command and API call (build, preview, check, dev,
// the tests' container and preview) loads this file before Astro would record anything. The privacy promise
// covers the people who build the site too. (package.json sets it for the CLI as well.)
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const search = searchIndex();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two pages at one address (an article named like a reference page) fail the build, naming both.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The search index reads the built pages on a thread of its own; while Pagefind then writes it, the social
  // cards are drawn and the links and headers checked (none of them reads what the index writes). Its problems
  // are reported last, once it is finished.
  integrations: [
    contentCheck(),
    mdx(),
    siteSitemap(),
    search.start,
    search.pagesRead,
    socialImages(),
    linkCheck(),
    securityHeaders(),
    search.finish,
  ],
  markdown: { syntaxHighlight: false, processor: unified(markdownOptions({ take: takeTree })) },
  devToolbar: { enabled: false },
  vite: {
    // The search worker is one module file (SearchPage.astro links it by its built name, and a page build
    // emits no chunks of its own): its stemmers are in it, and it imports Pagefind's own script at run time.
    worker: { format: 'es', rollupOptions: { output: { codeSplitting: false } } },
    build: {
      // Scripts always ship as files, never inline: a strict CSP can then allow 'self' alone, and a page
      // that has no script tag runs none. (Other assets keep Vite's default.)
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler's note about it is harmless noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
