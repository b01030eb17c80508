import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { buildSearchIndex, SearchIndexReport } from '../build/search/build-search-index.ts';
import { offThreadWithNews } from '../build/off-thread.ts';

/**
 * Builds the search index in every `astro build`, once the pages exist: Pagefind indexes them
 * (src/build/search/build-search-index.ts), reading only what the build wrote. The search content
 * itself (content/search/) is read and checked by the content layer, like all content, before anything
 * renders.
 *
 * Three integrations, placed apart in astro.config.mjs: `start` begins the index, `pagesRead` waits until
 * every page is read, and `finish` waits for the index and stops the build on any problem. Once the pages
 * are read, only Pagefind's writing is left, in its own process on one core: the integrations placed after
 * `pagesRead` (the social cards, the link check, the security headers) run on the other one meanwhile.
 * (Run beside the reading instead, they slowed it as much as they took.)
 */
export default function searchIndex(): {
  start: AstroIntegration;
  pagesRead: AstroIntegration;
  finish: AstroIntegration;
} {
  let building: { started: number; report: Promise<SearchIndexReport>; pagesRead: Promise<unknown> } | undefined;
  return {
    start: {
      name: 'taxprivacy:search-index',
      hooks: {
        'astro:build:done': ({ dir }) => {
          let read = () => {};
          const pagesRead = new Promise<void>((resolve) => (read = resolve));
          // On its own thread: it reads every built page, and a fresh heap makes that far faster (off-thread.ts).
          const report = offThreadWithNews<'pages read', typeof buildSearchIndex>(
            new URL('../build/search/build-search-index.ts', import.meta.url),
            'buildSearchIndex',
            read,
            fileURLToPath(dir),
          );
          // Awaited by `finish`; until then a failure must not count as unhandled.
          report.catch(() => {});
          building = {
            started: performance.now(),
            report,
            pagesRead: Promise.race([pagesRead, report.catch(() => {})]),
          };
        },
      },
    },
    pagesRead: {
      name: 'taxprivacy:search-pages-read',
      hooks: {
        // Reading the pages keeps both cores busy (this thread's reader and Pagefind's process); what comes
        // after this runs beside Pagefind's writing, which leaves one core free.
        'astro:build:done': async () => {
          await building?.pagesRead;
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
