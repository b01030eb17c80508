/** Minutes to read `words` words of running text (the content layer counts them, footnotes left out) at 200 a minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
