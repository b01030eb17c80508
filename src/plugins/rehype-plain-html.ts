import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Root, Element, ElementContent } from 'hast';
import { allowedElements } from '../schemas/mdx-allowed.ts';

/** An MDX JSX element as it reaches rehype: a name, attributes, and hast children. */
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
}

/**
 * Turns the plain HTML that content may write (the allow-list in src/schemas/mdx-allowed.ts) into
 * ordinary HTML elements, so every later plugin treats it exactly like Markdown's.
 *
 *   <a href="https://www.irs.gov/">IRS</a>   (MDX JSX: invisible to rehype plugins)
 *   → <a href="https://www.irs.gov/">IRS</a> (a hast element) → rel="noreferrer" from rehype-external-links
 *
 * Why: MDX hands HTML written in an article to rehype as JSX nodes, which no HTML plugin looks at, so an
 * external `<a>` would ship without the rel="noreferrer" that a Markdown link gets. Only allowed
 * elements with plain text attributes are converted; anything else never gets this far (the content
 * check refuses it).
 */
export default function rehypePlainHtml() {
  return (tree: Root) => {
    visit(tree, (node) => {
      const jsx = node as unknown as JsxNode;
      if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return;
      if (!jsx.name || !Object.hasOwn(allowedElements, jsx.name)) return;
      const attributes: Record<string, string> = {};
      for (const a of jsx.attributes) {
        if (a.type !== 'mdxJsxAttribute' || !a.name || (typeof a.value !== 'string' && a.value !== null)) return;
        attributes[a.name] = a.value === null ? '' : (a.value as string);
      }
      // hastscript maps HTML attribute names to hast properties (hreflang → hrefLang).
      const { tagName, properties } = h(jsx.name, attributes);
      // Changed in place, so the walk goes on into the same children (nested elements are converted too).
      const element = node as unknown as Record<string, unknown>;
      delete element.name;
      delete element.attributes;
      Object.assign(element, { type: 'element', tagName, properties } satisfies Partial<Element>);
    });
  };
}
