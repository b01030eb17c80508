import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { buildSearchIndex, SearchIndexReport } from '../build/search/build-search-index.ts';
import { offThread } from '../build/off-thread.ts';

/**
 * Builds the search index in every `astro build`, once the pages exist: Pagefind indexes them
 * (src/build/search/build-search-index.ts), reading only what the build wrote. The search content
 * itself (content/search/) is read and checked by the content layer, like all content, before anything
 * renders.
 *
 * Two integrations, placed apart in astro.config.mjs: `start` begins the index, `finish` waits for it and
 * stops the build on any problem. Pagefind indexes and writes in its own process, most of this step; the
 * integrations placed between them (the social cards) run meanwhile instead of after it.
 */
export default function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let building: { started: number; report: Promise<SearchIndexReport> } | undefined;
  return {
    start: {
      name: 'taxprivacy:search-index',
      hooks: {
        'astro:build:done': ({ dir }) => {
          // On its own thread: it reads every built page, and a fresh heap makes that far faster (off-thread.ts).
          const report = offThread<typeof buildSearchIndex>(
            new URL('../build/search/build-search-index.ts', import.meta.url),
            'buildSearchIndex',
            fileURLToPath(dir),
          );
          // Awaited by `finish`; until then a failure must not count as unhandled.
          report.catch(() => {});
          building = { started: performance.now(), report };
        },
      },
    },
    finish: {
      name: 'taxprivacy:search-index-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!building) throw new Error('The search index was never started: add searchIndex().start before it.');
          const report = await building.report;
          stopOn(report.problems, logger);
          const summary = report.indexes.map((i) => `${i.lang}: ${i.sections} sections of ${i.pages} pages`).join('; ');
          logger.info(
            `Search index built in ${Math.round(performance.now() - building.started)} ms (${summary || 'no pages'}).`,
          );
        },
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
