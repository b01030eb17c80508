/**
 * An excerpt without the section's heading and the headings above it. A section's record starts with
 * them (so their words count), and Pagefind's excerpt often starts there too; but the result already
 * shows the heading as its link, so repeating it would only push the section's own words out.
 */
export function withoutHeadings(excerpt: string, heading: string, context: readonly string[]): string {
  let words = excerpt.split(/\s+/).filter(Boolean);
  for (const lead of [heading, ...context]) words = words.slice(overlap(words, lead));
  return words.join(' ');
}

/** How many of `words`' first words are the end of `lead` (all of it, or the part an excerpt cut into). */
function overlap(words: readonly string[], lead: string): number {
  const bare = (w: string) =>
    w
      .replace(/<\/?mark>/g, '')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .toLowerCase();
  const head = lead.split(/\s+/).filter(Boolean).map(bare);
  for (let k = Math.min(head.length, words.length); k > 0; k -= 1) {
    if (head.slice(head.length - k).every((w, i) => w === bare(words[i]))) return k;
  }
  return 0;
}
