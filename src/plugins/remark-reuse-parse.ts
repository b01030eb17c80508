import type { Root } from 'mdast';
import type { Processor } from 'unified';

export interface ReuseParseOptions {
  /** The tree already parsed from exactly this text, if there is one. */
  take: (text: string) => Root | undefined;
}

/**
 * Compiles a text from a tree parsed earlier with the same syntax instead of parsing it again (the content
 * check's trees: src/content/mdx/parsed-trees.ts); any other text is parsed as usual. It only swaps the
 * parse, so it can sit anywhere in the list: attachers run after remark-parse has set its parser.
 */
export default function remarkReuseParse(this: Processor, options: ReuseParseOptions): void {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (text, file) => options.take(text) ?? parse(text, file);
}
