import type { CollectionRead } from '../../src/content/collection.ts';
import type { CardText } from '../../src/build/social/card-image.ts';
import { isLang, languages, site } from '../../src/site.ts';

/**
 * The social card each published article's page will ask for, as its page states it (ArticleLayout and
 * PageMeta: og:title is the article's title, og:site_name the site's name in its language, <html lang>
 * the language's tag). Only a guess, to draw cards ahead: if a page says otherwise, its card is drawn
 * from what the page says, after the build.
 */
export function articleCards(reads: ReadonlyMap<string, CollectionRead>): CardText[] {
  return (reads.get('articles')?.entries ?? []).flatMap(({ data }) => {
    const { title, lang, draft } = data as { title?: unknown; lang?: unknown; draft?: unknown };
    if (draft === true || typeof title !== 'string' || typeof lang !== 'string' || !isLang(lang)) return [];
    return [{ title, siteName: site.name[lang], lang: languages[lang].htmlLang }];
  });
}
