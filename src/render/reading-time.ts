/** Minutes to read an article body at 200 words a minute, footnote definitions left out. */
export function readingMinutes(markdown: string): number {
  const prose = markdown
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/^---[\s\S]*?---/, '')
    .replace(/[#>*_|`[\]()-]/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
