import { z } from 'astro/zod';
import { plainText } from './reference-fields.ts';

/** A host name as compared: lower case, punycode for international names, no trailing dot, no "www.". */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase().replace(/\.+$/, '');
  try {
    h = new URL(`http://${h}`).hostname;
  } catch {
    return h;
  }
  return h.replace(/^www\./, '');
}

/** One domain the site never links to (`content/refused-domains.yaml`): scrapers, mirrors, aggregators. */
export const refusedDomainSchema = z.strictObject({
  /** The domain; its subdomains are refused too. Compared case-blind, without "www." or a trailing dot. */
  domain: z
    .string({ error: 'is missing' })
    .trim()
    .regex(/^[^\s/:@]+\.[^\s/:@]+$/, 'must be a bare domain such as "example.com" (no scheme, path or port)')
    .transform(normalizeHost),
  /** Why: what the site copies or rewrites. */
  reason: plainText,
});

/** The whole file: a list of refused domains (at least one, so a mistyped file never refuses nothing). */
export const refusedDomainsFileSchema = z.array(refusedDomainSchema).min(1, 'lists no domains');

/** A refused domain. */
export type RefusedDomain = z.infer<typeof refusedDomainSchema>;

/** A paragraph that may state a number without a footnote (`content/uncited-number-exceptions.yaml`). */
export const numberExceptionSchema = z.strictObject({
  /** The article file, from the project root. */
  file: plainText,
  /** Words the paragraph's plain text contains. */
  contains: plainText,
  /** Why no footnote is needed. Required: an exception nobody can explain is a missing source. */
  reason: plainText.min(10, 'must say why no footnote is needed (at least a few words)'),
});

/** The whole exceptions file. */
export const numberExceptionsFileSchema = z.array(numberExceptionSchema);

/** An exception. */
export type NumberException = z.infer<typeof numberExceptionSchema>;
