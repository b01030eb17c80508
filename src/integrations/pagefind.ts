import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, type Problem } from '../content/problem.ts';
import { loadSearchContent } from '../content/read-search-content.ts';
import { buildSearchIndex } from '../build/search/build-search-index.ts';
import { contentReport } from '../content/report.ts';
import type { GlossaryEntry, StatuteEntry } from '../schemas/entries.ts';
import { defaultLang } from '../site.ts';

/**
 * Builds the search index in every `astro build`: checks content/search/ before rendering (so a typo
 * fails fast), then, once the pages exist, indexes them with Pagefind (src/build/search/build-search-index.ts).
 */
export default function searchIndex({ root = process.cwd() }: { root?: string } = {}): AstroIntegration {
  return {
    name: 'taxprivacy:search-index',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        stopOn(loadSearchContent(root).problems, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Glossary terms and statute anchors come from the content layer's one read of content/.
        const loaded = (name: string) => [...(contentReport().entries.get(name)?.values() ?? [])].map((e) => e.data);
        const glossary = (loaded('glossary') as unknown as GlossaryEntry[]).filter((t) => t.lang === defaultLang);
        const statute = (loaded('statute') as unknown as StatuteEntry[]).filter((s) => s.lang === defaultLang);
        const content = loadSearchContent(root);
        const report = await buildSearchIndex(fileURLToPath(dir), { content, glossary, statute });
        stopOn(report.problems, logger);
        const summary = report.indexes.map((i) => `${i.lang}: ${i.sections} sections of ${i.pages} pages`).join('; ');
        logger.info(`Search index built in ${Math.round(performance.now() - started)} ms (${summary || 'no pages'}).`);
      },
    },
  };
}

function stopOn(problems: Problem[], logger: AstroIntegrationLogger): void {
  if (problems.length === 0) return;
  for (const p of problems) logger.error(formatProblem(p));
  const error = new Error(
    `Search content has ${problems.length} problem(s); each is listed above as "file: field: message".`,
  );
  // The list above is the message; a stack trace would only bury it.
  error.stack = error.message;
  throw error;
}
