import type { Root } from 'mdast';

/**
 * The syntax trees the content check parsed, kept for the MDX compile of the same build, so each article is
 * parsed once: parsing is most of an MDX compile (30–36 of 46–56 ms per article, measured on the real
 * articles), and the check has already done it with the same syntax (src/content/mdx/parse.ts).
 *
 * A tree is handed out once, and only for the very text it was parsed from (the body as Astro hands it to
 * the compiler: src/content/mdx/split.ts), so any other text is parsed as usual. Two files with the same
 * body each have their own tree. Off unless `npm run build` turns it on: a check on its own keeps nothing.
 *
 * Why on globalThis: the compiler's plugins run inside Vite's module runner, which has its own copy of this
 * module; a key on globalThis is the one object both copies reach (as for the prepared reads).
 */
const key = Symbol.for('taxprivacy.parsed-trees');
const holder = globalThis as { [key]?: Map<string, Root[]> };

/** From now on, this process keeps the trees the content check parses. */
export function keepParsedTrees(): void {
  holder[key] ??= new Map();
}

/** True when the trees parsed now are kept (so a worker thread should send its trees back). */
export function keepingParsedTrees(): boolean {
  return holder[key] !== undefined;
}

/** Keeps the tree parsed from `text`, when trees are kept. The tree must not be changed afterwards. */
export function keepTree(text: string, tree: Root): void {
  const trees = holder[key];
  if (!trees) return;
  const same = trees.get(text);
  if (same) same.push(tree);
  else trees.set(text, [tree]);
}

/** The tree kept for exactly this text, once; undefined if there is none. */
export function takeTree(text: string): Root | undefined {
  const trees = holder[key];
  const same = trees?.get(text);
  if (!same) return undefined;
  const tree = same.pop();
  if (same.length === 0) trees!.delete(text);
  return tree;
}
