import type { APIRoute } from 'astro';
import { changesFeed } from '../../../render/changes-feed.ts';
import { otherLangPaths } from '../../../render/other-langs.ts';
import type { Lang } from '../../../site.ts';

/** /es/updates/feed.xml: the feed of each other language, built once it has a published article. */
export const getStaticPaths = otherLangPaths;

export const GET: APIRoute = ({ props }) => changesFeed((props as { lang: Lang }).lang);
