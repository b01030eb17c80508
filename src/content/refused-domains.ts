import { normalizeHost, type RefusedDomain } from '../schemas/checks.ts';

/** The refused entry a URL falls under (the domain itself or any subdomain), if any. */
export function refusedMatch(url: string, refused: readonly RefusedDomain[]): RefusedDomain | undefined {
  let host: string;
  try {
    host = normalizeHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
  return refused.find((r) => host === r.domain || host.endsWith(`.${r.domain}`));
}
