import type { APIRoute } from 'astro';
import { changesFeed } from '../../../render/changes-feed.ts';
import { langPaths, publishedLangs } from '../../../render/page-langs.ts';
import type { Lang } from '../../../site.ts';

/** The RSS feed of article changes of every published language: "/updates/feed.xml", "/es/updates/feed.xml". */
export async function getStaticPaths() {
  return langPaths(await publishedLangs());
}

export const GET: APIRoute = ({ props }) => changesFeed((props as { lang: Lang }).lang);
