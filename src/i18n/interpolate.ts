/**
 * Fills `{name}` placeholders from `vars`; a name with no value is left as written, so a gap shows rather
 * than vanishing. The one interpolator: t() uses it at build time, the search page's script in the browser.
 *   interpolate('{count} results for “{query}”.', { count: 3, query: 'ITIN' }) → '3 results for “ITIN”.'
 */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Which of a pair of strings counts `count` in `lang`: `one` ("1 result") or `other` ("2 results",
 * "0 resultados", "1,5 millones"), as the language's own plural rules (Intl.PluralRules) say.
 */
export function pluralOf<T>(lang: string, count: number, forms: { one: T; other: T }): T {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
