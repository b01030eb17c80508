/** One thing wrong with the content, precise enough for a person to fix it. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (`title`, `sources[3].url`) or the place (`line 42`) in that file. */
  where: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** `content/articles/en/x.mdx: title: is missing` — one line per problem. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.where}: ${p.message}`;
}
