import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A domain we never link to, with the reason. */
export interface RefusedDomain { domain: string; reason: string }

/** Reads `content/refused-domains.yaml`. */
export function loadRefusedDomains(path: string): RefusedDomain[] {
  const list = parse(readFileSync(path, 'utf8')) as RefusedDomain[];
  return Array.isArray(list) ? list : [];
}

/** The refused entry a URL falls under (the domain itself or any subdomain), if any. */
export function refusedMatch(url: string, refused: readonly RefusedDomain[]): RefusedDomain | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return refused.find((r) => host === r.domain || host.endsWith(`.${r.domain}`));
}
