/**
 * The byte budget of an article page (brotli, quality 11): its visible main text (the floor) plus 30% and
 * 2 KiB for markup, styles and chrome, plus a fixed allowance for what makes a page shareable and
 * printable, which does not grow with the text: the card tags and JSON-LD in the head, the feed link,
 * the print stylesheet, the QR code printed at the end, and the citation box. Measured on the current
 * articles at 0.9–1.15 KiB (`npm run bench` prints each part); the allowance is 1.2 KiB.
 */
export const sharingAllowance = 1229;

/** The most an article page with this text floor may weigh. */
export function articleBudget(floorBytes: number): number {
  return Math.round(floorBytes * 1.3 + 2048 + sharingAllowance);
}
