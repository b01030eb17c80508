// The one-way data flow, as rules that `npm run lint` (part of `npm test`) enforces:
// content/ → src/content (the content layer) → collections → src/render, pages, plugins → dist/ → src/build.
// src/browser ships to readers. src/site.ts, src/paths.ts, src/legal-citation.ts and src/i18n/ are the shared
// foundations every stage may use.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'browser-imports-browser-code-only',
      comment:
        'What ships to readers may use only other browser modules, the shared foundations and the browser libraries listed here (the search page’s stemmers): no Node, no build code.',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: {
        pathNot: [
          '^src/browser/',
          '^src/site\\.ts$',
          '^src/paths\\.ts$',
          '^src/legal-citation\\.ts$',
          '^src/i18n/',
          '^(node_modules/)?@orama/stemmers/',
        ],
      },
    },
    {
      name: 'foundations-import-foundations-only',
      comment: 'site.ts, paths.ts, legal-citation.ts and i18n/ are used by every stage, so they depend on none.',
      severity: 'error',
      from: { path: ['^src/site\\.ts$', '^src/paths\\.ts$', '^src/legal-citation\\.ts$', '^src/i18n/'] },
      to: {
        path: '^src/',
        pathNot: ['^src/site\\.ts$', '^src/paths\\.ts$', '^src/legal-citation\\.ts$', '^src/i18n/'],
      },
    },
    {
      name: 'src-does-not-import-scripts',
      comment: 'scripts/ are command-line tools that use src/, never the other way round.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'only-the-content-layer-reads-content',
      comment:
        'Pages, components, plugins and the build read collections or the built site, never the content readers.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/content/', '^src/content\\.config\\.ts$', '^src/integrations/'] },
      to: { path: '^src/content/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'rendering-reads-no-files',
      comment: 'A page is a function of its collections: no file-system access while rendering.',
      severity: 'error',
      from: { path: ['^src/(pages|components|layouts|plugins|render)/'] },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process)$' },
    },
    {
      name: 'content-layer-depends-on-no-later-stage',
      comment:
        'The content layer comes first: it may use schemas and the foundations, never render, build or browser code.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^src/(render|build|browser|pages|components|layouts|plugins)/' },
    },
    {
      name: 'build-reads-what-was-built',
      comment: 'Post-build steps (search index, link check) read dist/, not render-time code.',
      severity: 'error',
      from: { path: '^src/build/' },
      to: { path: '^src/(render|pages|components|layouts|plugins)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro|tests/fixtures)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro', '.json'] },
  },
};
