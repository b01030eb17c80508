import { expect, test } from 'vitest';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { brotliCompressSync, constants } from 'node:zlib';
import { qrSvg } from '../../src/render/qr-code.ts';

/** Rasterises an SVG the way a printer would see it and reads it back with a QR decoder. */
async function decode(svg: string): Promise<string | undefined> {
  const sized = svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" width="330" height="330" ');
  const { data, info } = await sharp(Buffer.from(sized))
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

test.each([
  'https://taxprivacy.example.org/irs-ice-agreement/',
  'https://taxprivacy.example.org/es/tax-reform-act-1976/',
  'https://example.org/',
])('the QR code of %s decodes to that address', async (url) => {
  expect(await decode(qrSvg(url, 'QR code'))).toBe(url);
});

test('the QR code is one labelled image with a quiet zone, small enough to carry on every article', () => {
  const svg = qrSvg('https://taxprivacy.example.org/irs-ice-agreement/', 'QR code for "this" <page>');
  expect(svg).toMatch(/^<svg viewBox="-4 -4 (\d+) \1" role="img" aria-label="QR code for &quot;this&quot; &lt;page>"/);
  expect(svg.match(/<path/g)).toHaveLength(1);
  const br = brotliCompressSync(svg, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  expect(br).toBeLessThan(420);
});
