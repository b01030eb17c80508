/** "§ 6103" or "§§ 7213–7213A": a section sign, the spaces after it, and the number they lead to. */
const SIGN_THEN_NUMBER = /(§§?)[ \t]+(?=\d)/g;

/**
 * Puts a no-break space between "§" (or "§§") and its number: "§ 6103" → "§\u00A06103".
 * Why: a line that ends in a lone "§" reads as a stray symbol, and the number on the next line loses it.
 */
export function bindSectionSigns(text: string): string {
  return text.replace(SIGN_THEN_NUMBER, '$1\u00A0');
}
