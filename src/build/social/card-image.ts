import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

/** Width and height of every social card, in pixels (the size Open Graph consumers expect). */
export const cardSize = { width: 1200, height: 630 } as const;

/** What a card shows: the page's own title and the site's name, in the page's language. */
export interface CardText {
  title: string;
  siteName: string;
  /** The page's language (`<html lang>`); part of the cache key, so each language has its own card. */
  lang: string;
}

const require = createRequire(import.meta.url);
const fontFiles = [
  'atkinson-hyperlegible-latin-700-normal.woff',
  'atkinson-hyperlegible-latin-ext-700-normal.woff',
] as const;

/**
 * Atkinson Hyperlegible (SIL Open Font License, from the @fontsource npm package): drawn for low vision,
 * with letters that stay distinct when a card is shown at a quarter of its size. Read from node_modules,
 * so nothing is fetched at build time.
 */
export const cardFonts = fontFiles.map((file) => ({
  name: 'Atkinson Hyperlegible',
  weight: 700 as const,
  style: 'normal' as const,
  data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${file}`)),
}));

/** Light card, dark text, the site's link blue: the page's colours, at AA contrast or better. */
const colours = { background: '#ffffff', text: '#1b1b1b', accent: '#0a55c6', band: '#f1f4f9' };

/** Bigger type for shorter titles, so every title fills the card and stays legible when small. */
function titleSize(title: string): number {
  if (title.length <= 40) return 84;
  if (title.length <= 70) return 72;
  if (title.length <= 100) return 60;
  return 50;
}

/**
 * Renders a card to PNG: satori lays out the title and site name as SVG paths with the shipped font,
 * sharp turns the SVG into a PNG (flat colours and text compress to a few tens of KiB).
 * A character the font lacks stops the build with the title named, rather than printing a blank box.
 */
export async function renderCard(card: CardText): Promise<Buffer> {
  const svg = await cardSvg(card);
  // Full-colour PNG at moderate compression: about 40 KiB a card, encoded in a few milliseconds (a palette
  // PNG is half the size but ten times slower to make, which a cold build of every card would feel).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** The card as SVG, text drawn as paths. */
export async function cardSvg(card: CardText): Promise<string> {
  const text = (content: string, style: Record<string, unknown>) => ({
    type: 'div',
    props: { style, children: content },
  });
  const tree = {
    type: 'div',
    props: {
      style: {
        width: cardSize.width,
        height: cardSize.height,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        backgroundColor: colours.background,
        borderTop: `24px solid ${colours.accent}`,
        paddingTop: 64,
        paddingBottom: 56,
        paddingLeft: 80,
        paddingRight: 80,
        fontFamily: 'Atkinson Hyperlegible',
      },
      children: [
        text(card.title, {
          fontSize: titleSize(card.title),
          lineHeight: 1.15,
          color: colours.text,
          width: cardSize.width - 160,
          display: 'flex',
        }),
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'row', alignItems: 'center' },
            children: [
              text('§', {
                fontSize: 44,
                color: colours.background,
                backgroundColor: colours.accent,
                width: 72,
                height: 72,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                marginRight: 24,
              }),
              text(card.siteName, { fontSize: 44, color: colours.accent, display: 'flex' }),
            ],
          },
        },
      ],
    },
  };
  return satori(tree as Parameters<typeof satori>[0], {
    ...cardSize,
    fonts: cardFonts,
    loadAdditionalAsset: async (_code, segment) => {
      throw new Error(`The card font has no glyph for "${segment}" in the title "${card.title}".`);
    },
  });
}
