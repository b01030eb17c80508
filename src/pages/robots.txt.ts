import type { APIRoute } from 'astro';
import { site } from '../site.ts';
import { absoluteUrl, sitemapPath } from '../paths.ts';

/** robots.txt: everything may be crawled; the sitemap's address follows the site URL the build was given. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.url, sitemapPath)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
