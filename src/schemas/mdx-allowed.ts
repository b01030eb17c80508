/**
 * What an article or content page may write besides Markdown: the one allow-list, as data. The content
 * check (src/content/mdx/safety.ts) refuses anything not listed here, naming the file, line and element;
 * rehype-plain-html (src/plugins/) turns the listed HTML elements into ordinary HTML so later plugins
 * treat them like Markdown's (an external `<a>` gets rel="noreferrer" as a Markdown link does).
 *
 * Why an allow-list: content is text. Anything that runs code, loads from another origin or changes
 * the page's layout belongs in a component, where it is reviewed and tested once for every page.
 */

/** Attributes every allowed HTML element may carry. */
export const globalAttributes = ['lang', 'title'] as const;

/** Plain HTML elements content may use, each with the attributes it may carry beyond the global ones. */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  cite: [],
  dfn: [],
  em: [],
  i: [],
  q: ['cite'],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
};

/** Attributes whose value is a URL: checked like a Markdown link's. */
export const urlAttributes = ['href', 'cite'] as const;

/** `rel` words a link may carry (external links get "noreferrer" whatever is written). */
export const allowedRelWords = ['noreferrer', 'noopener', 'nofollow', 'external', 'license', 'author', 'help'] as const;

/** A component content may use: written `<Name attribute="text" />`, imported from `~/components/Name.astro`. */
export interface RegisteredComponent {
  /** The attributes it takes, each a plain quoted string. */
  attributes: readonly string[];
  /** One line for writers: what it renders. */
  renders: string;
}

/**
 * The project's components that content may import. Each must exist as `src/components/<Name>.astro`
 * (a unit test checks). Add a component here only when it renders content-safe markup for every page.
 */
export const registeredComponents: Readonly<Record<string, RegisteredComponent>> = {
  CaseStatus: {
    attributes: ['id', 'lang', 'variant'],
    renders: 'where one lawsuit or appeal stands, with its as-of date, from content/cases.yaml',
  },
  CasesTable: {
    attributes: ['lang'],
    renders: 'the table of every lawsuit and appeal, from content/cases.yaml',
  },
};

/** The one import line content may write for a registered component. */
export function componentImportPath(name: string): string {
  return `~/components/${name}.astro`;
}

/** URL schemes a link may use besides site paths (`/about/`) and anchors (`#section`). */
export const linkSchemes = ['https:', 'mailto:'] as const;
