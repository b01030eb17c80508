import rss from '@astrojs/rss';
import { languages, site, type Lang } from '../site.ts';
import { absoluteUrl, updatesPath } from '../paths.ts';
import { t } from '../i18n/translate.ts';
import { changesOf, type ChangeEntry } from './change-entries.ts';
import { feedItemCount } from './change-pages.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A language's RSS feed of article changes: the newest `feedItemCount`, one item per change, linking to
 * the section that changed; the channel links to the updates page. The item's guid names the change's entry
 * on the updates page, so two changes to one section stay two items; it is not a permalink, as the entry
 * moves to an older page as changes come in (its words stay what they were, so readers see no item twice).
 */
export async function changesFeed(lang: Lang): Promise<Response> {
  return feedOf(lang, await changesOf(lang));
}

/** The feed of `changes` (newest first), as `changesFeed` writes it. */
export function feedOf(lang: Lang, all: readonly ChangeEntry[]): Promise<Response> {
  const changes = all.slice(0, feedItemCount);
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
