import rss from '@astrojs/rss';
import { languages, site, type Lang } from '../site.ts';
import { absoluteUrl, updatesPath } from '../paths.ts';
import { t } from '../i18n/translate.ts';
import { changesOf } from './change-entries.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A language's RSS feed of article changes: one item per change, newest first, linking to the section
 * that changed. The item's guid is the change's entry on the updates page, so two changes to one
 * section stay two items.
 */
export async function changesFeed(lang: Lang): Promise<Response> {
  const changes = await changesOf(lang);
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
      customData: `<guid isPermaLink="true">${escapeXml(absoluteUrl(site.url, `${updatesPath(lang)}#${c.id}`))}</guid>`,
    })),
  });
}
