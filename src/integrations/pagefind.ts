import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildSearchIndex } from '../build/search/build-search-index.ts';

/**
 * Builds the search index in every `astro build`, once the pages exist: Pagefind indexes them
 * (src/build/search/build-search-index.ts), reading only what the build wrote. The search content
 * itself (content/search/) is read and checked by the content layer, like all content, before anything
 * renders.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'taxprivacy:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir));
        stopOn(report.problems, logger);
        const summary = report.indexes.map((i) => `${i.lang}: ${i.sections} sections of ${i.pages} pages`).join('; ');
        logger.info(`Search index built in ${Math.round(performance.now() - started)} ms (${summary || 'no pages'}).`);
      },
    },
  };
}

/** Logs each problem on its own line ("file: field (line N): message") and stops the build. */
function stopOn(problems: string[], logger: AstroIntegrationLogger): void {
  if (problems.length === 0) return;
  for (const p of problems) logger.error(p);
  const error = new Error(
    `Search content has ${problems.length} problem(s); each is listed above as "file: field: message".`,
  );
  // The list above is the message; a stack trace would only bury it.
  error.stack = error.message;
  throw error;
}
