import type { PageSection, SearchablePage } from './page-sections.ts';

/** What Pagefind indexes for one section: the URL a result opens and a small HTML document. */
export interface SectionRecord {
  /** The page URL with the section's anchor: "/section-6103/#who-may-ask". */
  url: string;
  /** A one-section HTML document: the heading as its h1 (so it weighs more), then the text. */
  html: string;
}

/** The separator between a section's reader questions in its `questions` metadata. */
export const QUESTION_SEPARATOR = ' · ';

/**
 * Turns one section into a Pagefind record. Each section is its own record (rather than Pagefind's
 * sub-results of a whole page) so that ranking is per section and a result downloads only the text of
 * its section, not of its whole page: a long page, such as an annotated statute, stays cheap to show.
 *
 * Metadata (which Pagefind also searches, each field with its own weight; see pagefind-io.ts): the
 * page title, for the result's label; the headings above the section, for the excerpt and landing;
 * and the reader questions the section answers (content/search/questions.yaml). The questions are
 * metadata, not text, so an excerpt never shows them as if the page said them.
 */
export function sectionRecord(
  pageUrl: string,
  page: SearchablePage,
  section: PageSection,
  questions: readonly string[] = [],
): SectionRecord {
  const url = section.id === undefined ? pageUrl : `${pageUrl}#${encodeURIComponent(section.id)}`;
  const paragraphs = section.blocks.map((b) => `<p>${escapeHtml(b)}</p>`).join('');
  // The headings above it count a little, so "Nixon impeachment IRS" finds an h3 about the impeachment
  // under the h2 "Who investigated the IRS abuses?".
  const trail = section.context.join(' › ');
  const context = trail ? `<p data-pagefind-weight="${CONTEXT_WEIGHT}">${escapeHtml(trail)}</p>` : '';
  const meta = (name: string, value: string) =>
    value ? `<meta data-pagefind-meta="${name}[content]" content="${escapeHtml(value)}">` : '';
  const html =
    `<!doctype html><html lang="${escapeHtml(page.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(section.heading)}</title>` +
    meta('page', page.title) +
    meta('context', trail) +
    meta('questions', questions.join(QUESTION_SEPARATOR)) +
    `</head><body><main><h1 data-pagefind-meta="title">${escapeHtml(section.heading)}</h1>${context}${paragraphs}</main></body></html>`;
  return { url, html };
}

/** Pagefind weight of the headings a section sits under: less than its own text (1), more than nothing. */
const CONTEXT_WEIGHT = 0.5;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
