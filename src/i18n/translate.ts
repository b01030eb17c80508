import en from './strings/en.json' with { type: 'json' };
import es from './strings/es.json' with { type: 'json' };
import type { Lang } from '../site.ts';
import { interpolate } from './interpolate.ts';

/** Every UI string key; English is the reference and a test keeps Spanish in parity. */
export type StringKey = keyof typeof en;

const strings: Record<Lang, Record<StringKey, string>> = { en, es };

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return interpolate(strings[lang][key] ?? strings.en[key], vars);
}

/** Every key of a language's strings file, for the parity test. */
export function stringKeys(lang: Lang): string[] {
  return Object.keys(strings[lang]);
}
