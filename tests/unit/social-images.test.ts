import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { renderCard, cardSvg } from '../../src/build/social/card-image.ts';
import { drawCardsAhead, pageCard, writeSocialImages } from '../../src/build/social/social-images.ts';

const work = mkdtempSync(join(tmpdir(), 'social-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, image = 'https://example.org/og/a.png', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta property="og:title" content="${title}">` +
  `<meta property="og:site_name" content="Tax Privacy Explained"><meta property="og:image" content="${image}">` +
  `<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"></head><body></body></html>`;

describe('a social card', () => {
  test('is a 1200×630 PNG under 100 KiB, even for a long Spanish title', async () => {
    const png = await renderCard({
      title:
        'Por qué las declaraciones de impuestos son confidenciales: de 1862 a la Ley de Reforma Tributaria de 1976 (¿y después?)',
      siteName: 'Privacidad fiscal explicada',
      lang: 'es',
    });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  test('draws its text as paths with the shipped font, so no system font or download is involved', async () => {
    const svg = await cardSvg({ title: 'Section 6103', siteName: 'Tax Privacy Explained', lang: 'en' });
    expect(svg).not.toContain('<text');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  test('stops with the title named when the font lacks a character', async () => {
    await expect(renderCard({ title: 'Tax 税', siteName: 'x', lang: 'en' })).rejects.toThrow('"Tax 税"');
  });
});

describe('the card a built page declares', () => {
  test('comes from its own og:title, og:site_name, og:image and html lang, entities decoded', () => {
    expect(pageCard('/a/', page('A &amp; B “quoted”', 'https://example.org/og/a.png', 'es'))).toEqual({
      page: '/a/',
      imagePath: '/og/a.png',
      title: 'A & B “quoted”',
      siteName: 'Tax Privacy Explained',
      lang: 'es',
    });
  });

  test('is none for a page without og:image, and an error for an image this build does not make', () => {
    expect(pageCard('/tools/', '<html><head><title>x</title></head></html>')).toBeUndefined();
    expect(() => pageCard('/a/', page('A', 'https://cdn.example.com/a.png'))).toThrow('/a/: og:image');
  });
});

describe('writing the cards of a built site', () => {
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  const build = (titles: Record<string, string>) => {
    rmSync(dist, { recursive: true, force: true });
    for (const [slug, title] of Object.entries(titles)) {
      mkdirSync(join(dist, slug), { recursive: true });
      writeFileSync(join(dist, slug, 'index.html'), page(title, `https://example.org/og/${slug}.png`));
    }
  };

  test('renders each card once, then copies it from the cache until its title changes', async () => {
    build({ a: 'First title', b: 'Second title' });
    const cold = await writeSocialImages(dist, cache);
    expect([cold.images.length, cold.rendered]).toEqual([2, 2]);
    const first = readFileSync(join(dist, 'og', 'a.png'));

    build({ a: 'First title', b: 'Second title' });
    const warm = await writeSocialImages(dist, cache);
    expect([warm.images.length, warm.rendered]).toEqual([2, 0]);
    expect(readFileSync(join(dist, 'og', 'a.png')).equals(first)).toBe(true);

    build({ a: 'First title', b: 'A new second title' });
    const changed = await writeSocialImages(dist, cache);
    expect(changed.rendered).toBe(1);
  });

  test('a card drawn ahead from a guessed text is used by the page that says it; a wrong guess is only unused', async () => {
    const ahead = join(work, 'ahead-cache');
    const siteName = 'Tax Privacy Explained';
    const guessed = [
      { title: 'Drawn ahead', siteName, lang: 'en' },
      { title: 'A title no page has', siteName, lang: 'en' },
    ];
    expect(await drawCardsAhead(guessed, ahead)).toBe(2);
    expect(await drawCardsAhead(guessed, ahead)).toBe(0);
    expect(readdirSync(ahead).filter((f) => !f.endsWith('.png'))).toEqual([]);

    build({ a: 'Drawn ahead', b: 'Not guessed' });
    const after = await writeSocialImages(dist, ahead);
    expect([after.images.length, after.rendered]).toEqual([2, 1]);
    // The same pixels as a card drawn from the page itself.
    const drawnAhead = readFileSync(join(dist, 'og', 'a.png'));
    const fresh = await writeSocialImages(dist, join(work, 'fresh-cache'));
    expect(fresh.rendered).toBe(2);
    expect(readFileSync(join(dist, 'og', 'a.png')).equals(drawnAhead)).toBe(true);
  });
});
