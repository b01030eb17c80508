import { languages, type Lang } from '../../site.ts';
import { articlesPath, homePath, referencePages, referencePath, updatesPath, type ReferencePage } from '../../paths.ts';
import { policyFor, serializePolicy, unionOfNeeds } from './content-security-policy.ts';
import { matches } from './headers-file.ts';
import type { PageNeeds } from './page-needs.ts';

/** The page a host serves, with status 404, at any address it has no page for. */
export const notFoundPage = '/404.html';

/** One `_headers` rule's pattern and everything the pages it matches need. */
export interface PolicyRule {
  pattern: string;
  needs: PageNeeds;
}

/**
 * Which ordinary pages share which policy, in as few rules as the site has pages at fixed addresses (so a
 * host's limit on rules holds at any number of articles). Each fixed page (a home page, a reference page, a
 * list with its numbered pages) gets a rule that allows only its own inline styles; the articles share `/*`.
 * A host answers an unknown address with the not-found page under the rules of the address asked for, so
 * `/*` and the rule of a list (which matches everything below the list) allow that page's needs too.
 * Every page's style hashes cost bytes in its response headers, and one more TCP round trip once a page's
 * first response passes ~14.6 KB: a policy listing every page's hashes cost the timeline that trip.
 */
export function policyRules(needs: ReadonlyMap<string, PageNeeds>): PolicyRule[] {
  const notFound = needs.get(notFoundPage);
  const fixed = fixedPages()
    .filter((page) => needs.has(page.path))
    .map(({ path, withPagesBelow }) => {
      const pattern = withPagesBelow ? `${path}*` : path;
      const pages = [...needs.keys()].filter((p) => matches(pattern, p));
      const all = pages.map((p) => needs.get(p)!);
      return { pattern, pages, needs: unionOfNeeds(withPagesBelow && notFound ? [...all, notFound] : all) };
    });
  // The articles and the not-found page: every page that no fixed address's rule covers.
  const covered = new Set(fixed.flatMap((rule) => rule.pages));
  const shared = unionOfNeeds([...needs].filter(([path]) => !covered.has(path)).map(([, n]) => n));
  const sharedPolicy = serializePolicy(policyFor(shared));
  return [
    { pattern: '/*', needs: shared },
    ...fixed
      .filter((rule) => serializePolicy(policyFor(rule.needs)) !== sharedPolicy)
      .map(({ pattern, needs }) => ({ pattern, needs })),
  ];
}

/** The pages at fixed addresses in every language; a list's numbered pages ("/updates/2/") sit below it. */
function fixedPages(): { path: string; withPagesBelow: boolean }[] {
  return (Object.keys(languages) as Lang[]).flatMap((lang) => [
    { path: homePath(lang), withPagesBelow: false },
    ...(Object.keys(referencePages) as ReferencePage[]).map((page) => ({
      path: referencePath(lang, page),
      withPagesBelow: false,
    })),
    { path: articlesPath(lang), withPagesBelow: true },
    { path: updatesPath(lang), withPagesBelow: true },
  ]);
}
