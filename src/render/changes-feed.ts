import rss from '@astrojs/rss';
import { languages, site, type Lang } from '../site.ts';
import { absoluteUrl, updatesPath } from '../paths.ts';
import { t } from '../i18n/translate.ts';
import { changesOf } from './change-entries.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * How many changes a feed carries, the newest: a feed reader keeps the items it has seen, so a feed needs
 * only what is new since the reader last looked, and the list on the updates page keeps the rest. Fifty
 * outlasts a long gap between visits even after a review like the one of December 1, 2026 (33 changes in
 * one day), while the feed stays the same size however many articles the site has.
 */
export const feedItemCount = 50;

/**
 * A language's RSS feed of article changes: the newest `feedItemCount`, one item per change, linking to
 * the section that changed; the channel links to the updates page. The item's guid names the change's entry
 * on the updates page, so two changes to one section stay two items; it is not a permalink, as the entry
 * moves to an older page as changes come in (its words stay what they were, so readers see no item twice).
 */
export async function changesFeed(lang: Lang): Promise<Response> {
  const changes = (await changesOf(lang)).slice(0, feedItemCount);
  return rss({
    title: t(lang, 'updates.feedTitle', { site: site.name[lang] }),
    description: t(lang, 'updates.description'),
    site: absoluteUrl(site.url, updatesPath(lang)),
    customData: `<language>${languages[lang].locale}</language>`,
    items: changes.map((c) => ({
      title: t(lang, 'updates.feedItem', { kind: t(lang, `updates.kind.${c.kind}`), title: c.article.title }),
      link: absoluteUrl(site.url, `${c.article.path}#${c.section}`),
      description: c.text,
      pubDate: c.date,
      customData: `<guid isPermaLink="false">${escapeXml(absoluteUrl(site.url, `${updatesPath(lang)}#${c.id}`))}</guid>`,
    })),
  });
}
