/** An MDX file cut into its frontmatter text and its body, the body keeping the file's line numbers. */
export interface SplitMdx {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  /**
   * The body as Astro's MDX compiler receives it: the `---` block blanked with spaces, line breaks kept, so
   * every node's line and column are the file's own, and the content check's tree of it is the very tree the
   * compiler would parse (src/content/mdx/parsed-trees.ts).
   */
  body: string;
}

const FRONTMATTER = /^(---\r?\n([\s\S]*?)\r?\n---)[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file; undefined when it does not start with a `---` block. */
export function splitMdx(text: string): SplitMdx | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const block = match[1];
  return { frontmatter: match[2], body: block.replace(/[^\r\n]/g, ' ') + text.slice(block.length) };
}
