import type { APIRoute } from 'astro';
import { changesFeed } from '../../render/changes-feed.ts';

/** /updates/feed.xml: the English feed of article changes. */
export const GET: APIRoute = () => changesFeed('en');
