/**
 * The full URL of a section, to copy or share: the page's address without its query, and the section's
 * #id. "https://example.org/itin-filers/?utm=x#top" + "#where-can-i-get-help"
 * → "https://example.org/itin-filers/#where-can-i-get-help".
 */
export function sectionUrl(pageUrl: string, hash: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = hash;
  return url.href;
}

/** A section's name for a share sheet: its heading's words, cut at a word boundary after about 80 characters. */
export function sectionName(text: string, max = 80): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}
