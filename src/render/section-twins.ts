import { languages } from '../site.ts';
import type { Alternate } from './twins.ts';

/** A heading's section link, as every page renders it (rehype-autolink-headings, SectionHeading.astro). */
const SECTION_LINK = /<a class="tp-anchor" href="#([^"]+)"[^>]*><\/a>/g;

/**
 * After each heading's section link, a link to the same section in the page's twin:
 *   `<a class="tp-anchor" href="#i-2" …></a>` → `… <a class="tp-twin" href="/es/seccion-6103/#i-2" hreflang="es" lang="es">Esta sección en español</a>`.
 * Section ids are shared by both languages, so the link lands on the same section. Why a link per heading
 * rather than a script on the language switch: reading needs no JavaScript, and a reader who arrives from
 * a shared link to a section finds the other language right under that section's heading.
 * `label` is the twin language's words for "this section in <language>".
 */
export function linkSectionTwins(html: string, twin: Alternate | undefined, label: string): string {
  if (!twin) return html;
  const lang = languages[twin.lang].htmlLang;
  return html.replace(
    SECTION_LINK,
    (anchor, id: string) =>
      `${anchor}<a class="tp-twin" href="${twin.path}#${id}" hreflang="${lang}" lang="${lang}">${label}</a>`,
  );
}
