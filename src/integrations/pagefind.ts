import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem } from '../content/problem.ts';
import { loadSearchContent } from '../content/read-search-content.ts';
import { buildSearchIndex } from '../build/search/build-search-index.ts';

/**
 * Builds the search index in every `astro build`: checks content/search/ against its schemas before
 * rendering (so a typo fails fast), then, once the pages exist, indexes them with Pagefind
 * (src/build/search/build-search-index.ts), which reads only what the build wrote.
 */
export default function searchIndex({ root = process.cwd() }: { root?: string } = {}): AstroIntegration {
  return {
    name: 'taxprivacy:search-index',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        stopOn(loadSearchContent(root).problems.map(formatProblem), logger);
      },
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
