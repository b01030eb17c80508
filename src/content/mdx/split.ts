/** An MDX file cut into its frontmatter text and its body, the body keeping the file's line numbers. */
export interface SplitMdx {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  /** The body, with the frontmatter's lines blanked so every node's line is the file's own. */
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file; undefined when it does not start with a `---` block. */
export function splitMdx(text: string): SplitMdx | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1], body: match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) };
}
