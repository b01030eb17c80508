import { defaultLang, type Lang } from '../site.ts';
import { articlePath } from '../paths.ts';
import { publishedArticles, slugOf } from './articles.ts';
import { articleLinkTargets } from './link-targets.ts';
import { localizeLink, type LinkIn } from './localize-link.ts';

/**
 * `localizeLink` for pages in `lang` (the timeline, the home page, the glossary and the statute ask); English
 * pages get their links as written.
 */
export async function linksIn(lang: Lang): Promise<LinkIn> {
  if (lang === defaultLang) return (href) => href;
  const english = new Map((await publishedArticles(defaultLang)).map((a) => [a.data.translationKey, a]));
  const twins = new Map<string, string>();
  for (const article of await publishedArticles(lang)) {
    const original = english.get(article.data.translationKey);
    if (original) twins.set(articlePath(defaultLang, slugOf(original)), articlePath(lang, slugOf(article)));
  }
  const targets = await articleLinkTargets(lang);
  return (href) => localizeLink(href, lang, twins, targets);
}
