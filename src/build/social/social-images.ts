import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import sharp from 'sharp';
import { builtPages, pageFile } from '../built-pages.ts';
import { parseBuiltPage } from '../parse-built-page.ts';
import { cardFonts, cardSize, renderCard, type CardText } from './card-image.ts';

/** Where rendered cards are kept between builds, by content hash (gitignored with node_modules/). */
export const defaultCacheDir = 'node_modules/.cache/taxprivacy-social-images';

/** What one run did, for the build log and `npm run bench`. */
export interface SocialImagesReport {
  /** Cards written into the built site. */
  images: { page: string; file: string; bytes: number }[];
  /** How many were rendered now; the rest came from the cache. */
  rendered: number;
  /** Time the step took, in milliseconds. */
  ms: number;
}

/** A built page's card, as its own tags state it. */
interface PageCard extends CardText {
  page: string;
  /** The image's path on the site, from `og:image`. */
  imagePath: string;
}

/**
 * Writes the social card of every built page that asks for one (`og:image` under /og/), drawn from
 * the page's own `og:title`, `og:site_name` and `<html lang>`: what the page says is what the card
 * shows. A card is rendered only when its inputs (text, font files, this code, satori and sharp
 * versions) hash to something the cache does not hold yet; otherwise it is copied from the cache.
 */
export async function writeSocialImages(dist: string, cacheDir = defaultCacheDir): Promise<SocialImagesReport> {
  const started = performance.now();
  const report: SocialImagesReport = { images: [], rendered: 0, ms: 0 };
  const cards = builtPages(dist).flatMap((page) => pageCard(page, readFileSync(pageFile(page, dist), 'utf8')) ?? []);
  const cached = await drawIntoCache(cards, cacheDir);
  report.rendered = cached.drawn;
  for (const card of cards) {
    const target = join(dist, card.imagePath);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cached.file(card), target);
    report.images.push({ page: card.page, file: card.imagePath, bytes: statSync(target).size });
  }
  report.images.sort((a, b) => a.page.localeCompare(b.page));
  report.ms = Math.round(performance.now() - started);
  return report;
}

/**
 * Draws ahead the cards that pages are expected to ask for (scripts/build.ts: each article's title, while
 * Astro is still compiling, on a core that is otherwise idle), so that after the build they come from the
 * cache. Only a cache of drawings by their text: a page whose card says something else gets its own
 * drawn then, from what the page says. Returns how many were drawn now.
 */
export async function drawCardsAhead(cards: readonly CardText[], cacheDir = defaultCacheDir): Promise<number> {
  return (await drawIntoCache(cards, cacheDir)).drawn;
}

/** Draws every card the cache does not hold yet, and says where each card's drawing is. */
async function drawIntoCache(
  cards: readonly CardText[],
  cacheDir: string,
): Promise<{ drawn: number; file: (card: CardText) => string }> {
  mkdirSync(cacheDir, { recursive: true });
  const fingerprint = rendererFingerprint();
  const file = (card: CardText) =>
    join(
      cacheDir,
      `${createHash('sha256')
        .update(fingerprint)
        .update(JSON.stringify([card.title, card.siteName, card.lang]))
        .digest('hex')}.png`,
    );
  let drawn = 0;
  // A few at a time: sharp encodes off the main thread while satori lays out the next card.
  await inBatches(cards, 4, async (card) => {
    const cached = file(card);
    if (existsSync(cached)) return;
    // Written beside it and renamed into place, so a card being drawn ahead is never copied half-written.
    const partial = `${cached}.${process.pid}-${threadId}.part`;
    writeFileSync(partial, await renderCard(card));
    renameSync(partial, cached);
    drawn += 1;
  });
  return { drawn, file };
}

/** Runs `task` over `items`, at most `size` at once. */
async function inBatches<T>(items: readonly T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(task));
}

/** The card a built page declares, or undefined for a page with no card of ours (the page-tools helper). */
export function pageCard(page: string, html: string): PageCard | undefined {
  const meta = new Map<string, string>();
  let lang = '';
  // The tags are all in the head; parsing only it keeps an unchanged rebuild near zero.
  const head = html.slice(0, html.indexOf('</head>') + '</head>'.length);
  visit(parseBuiltPage(head), 'element', (node: Element) => {
    if (node.tagName === 'html') lang = String(node.properties.lang ?? '');
    if (node.tagName === 'meta' && typeof node.properties.property === 'string')
      meta.set(node.properties.property, String(node.properties.content ?? ''));
  });
  const image = meta.get('og:image');
  if (!image) return undefined;
  const imagePath = new URL(image).pathname;
  const title = meta.get('og:title');
  const siteName = meta.get('og:site_name');
  if (!imagePath.startsWith('/og/') || !imagePath.endsWith('.png'))
    throw new Error(`${page}: og:image ${image} is not a card this build makes (/og/….png).`);
  if (!title || !siteName) throw new Error(`${page}: og:image is set but og:title or og:site_name is missing.`);
  if (meta.get('og:image:width') !== String(cardSize.width) || meta.get('og:image:height') !== String(cardSize.height))
    throw new Error(`${page}: og:image:width and og:image:height must be ${cardSize.width} and ${cardSize.height}.`);
  return { page, imagePath, title, siteName, lang };
}

/** Everything besides a card's text that changes its pixels. */
function rendererFingerprint(): string {
  const satoriManifest = join(dirname(createRequire(import.meta.url).resolve('satori')), '..', 'package.json');
  const hash = createHash('sha256');
  for (const font of cardFonts) hash.update(font.data);
  hash.update(readFileSync(fileURLToPath(new URL('./card-image.ts', import.meta.url))));
  hash.update(readFileSync(satoriManifest));
  hash.update(JSON.stringify(sharp.versions));
  return hash.digest('hex');
}
