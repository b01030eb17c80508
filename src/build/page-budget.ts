/**
 * The byte budget of an article page (brotli, quality 11), over its floor: the main text a reader can read,
 * with the folds opened. Issue 15's target is the floor × 1.4 + 2 KiB for markup, styles and chrome. Two
 * things are allowed on top, because accessibility and sharing are not traded for bytes:
 * - each footnote reference may add 10 bytes: its name ("Source 4"), its own id and its own back-link named
 *   after its section (about 7 bytes measured on the agreement article, whose 138 references are the most);
 * - a fixed allowance for what makes a page shareable and printable, which does not grow with the text: the
 *   card tags and JSON-LD in the head, the feed link, the print stylesheet, the QR code and the citation box
 *   (measured at 0.9–1.15 KiB; `npm run bench` prints each part).
 */
export const sharingAllowance = 1229;
export const bytesPerReference = 10;

/** The most an article page with this text floor and this many footnote references may weigh. */
export function articleBudget(floorBytes: number, references: number): number {
  return Math.round(floorBytes * 1.4 + 2048 + bytesPerReference * references + sharingAllowance);
}
