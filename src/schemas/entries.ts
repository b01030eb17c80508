import { z } from 'astro/zod';
import type { Lang } from '../site.ts';
import type { ArticleData } from './article.ts';
import type { ArticleFacts } from './article-facts.ts';
import type { PageData } from './page.ts';
import type { StatuteLine, StatutePart, StatuteProvision, StatuteSection } from './statute.ts';
import type { TimelineEra, TimelineItem } from './timeline.ts';
import type { GlossaryTerm } from './glossary.ts';
import type { RefusedDomain, NumberException } from './checks.ts';
import type { CasesEntry } from './case.ts';
import type { SearchLanguage } from './search.ts';

/**
 * The shapes of stored collection entries, for `getCollection()`'s types. The content layer validates
 * every file against the schemas in this folder before it stores anything, so these describe its output
 * (data plus what it derived) and check nothing again.
 */

/** An article: its frontmatter and what the content layer learned from its body. */
export const articleEntrySchema = z.custom<ArticleData & { facts: ArticleFacts }>();

/** A content page (About). */
export const pageEntrySchema = z.custom<PageData & { facts: ArticleFacts }>();

export { sourceSchema } from './source.ts';

/** A provision or part in one language: a translation adds an unofficial rendering of the words. */
type Translated<P> = P & { translation?: StatuteLine[] };

/** A statute section in one language. */
export type StatuteEntry = Omit<StatuteSection, 'provisions'> & {
  lang: Lang;
  provisions: (Omit<Translated<StatuteProvision>, 'parts'> & { parts: Translated<StatutePart>[] })[];
};
export const statuteEntrySchema = z.custom<StatuteEntry>();

/** The timeline in one language. */
export type TimelineEntry = { lang: Lang; eras: TimelineEra[]; events: TimelineItem[] };
export const timelineEntrySchema = z.custom<TimelineEntry>();

/** A glossary term in one language. */
export type GlossaryEntry = GlossaryTerm & { lang: Lang };
export const glossaryEntrySchema = z.custom<GlossaryEntry>();

/** The refused domains. */
export const refusedDomainsEntrySchema = z.custom<{ items: RefusedDomain[] }>();

/** The number exceptions. */
export const numberExceptionsEntrySchema = z.custom<{ items: NumberException[] }>();

/** The case data in one language: the overall status and every lawsuit and appeal. */
export const casesEntrySchema = z.custom<CasesEntry>();
/** One language's search content (aliases, stop words, reader questions, uncovered subjects, citation targets). */
export const searchEntrySchema = z.custom<SearchLanguage>();
