import { visit, SKIP } from 'unist-util-visit';
import type { Root, RootContent, Node } from 'mdast';
import {
  allowedElements,
  allowedRelWords,
  componentImportPath,
  globalAttributes,
  registeredComponents,
  urlAttributes,
  type RegisteredComponent,
} from '../../schemas/mdx-allowed.ts';
import type { Problem } from '../problem.ts';
import type { LinkSource } from '../collection.ts';
import { urlProblem, type UrlUse } from './link-urls.ts';

const lineOf = (node: Node): number => node.position?.start.line ?? 0;

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** Elements refused with a reason of their own, so the message says why, not only "not allowed". */
const refusedBecause: Record<string, string> = {
  script: 'content never runs code',
  noscript: 'content never runs code',
  template: 'content never runs code',
  style: 'styles live in the site\'s CSS, not in content',
  link: 'pages load nothing that content names',
  meta: 'the layout writes the page\'s head',
  base: 'it would change every link on the page',
  iframe: 'pages embed nothing from elsewhere',
  frame: 'pages embed nothing from elsewhere',
  frameset: 'pages embed nothing from elsewhere',
  object: 'pages embed nothing from elsewhere',
  embed: 'pages embed nothing from elsewhere',
  portal: 'pages embed nothing from elsewhere',
  img: 'write an image in Markdown, ![what it shows](/images/name.png), with a site path',
  picture: 'write an image in Markdown, ![what it shows](/images/name.png), with a site path',
  video: 'pages load no media',
  audio: 'pages load no media',
  source: 'pages load no media',
  track: 'pages load no media',
  svg: 'inline SVG can run code and load from elsewhere; a component must draw it',
  math: 'a component must draw it',
  canvas: 'a component must draw it',
  form: 'content asks readers for nothing',
  input: 'content asks readers for nothing',
  button: 'content asks readers for nothing',
  select: 'content asks readers for nothing',
  textarea: 'content asks readers for nothing',
  dialog: 'a component must draw it',
};

const allowedList = Object.keys(allowedElements).join(', ');

/** A short form of an MDX expression or ESM line, for a message. */
const excerpt = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 50 ? `${one.slice(0, 47)}…` : one;
};

/**
 * The safety half of the body analysis: an article may use Markdown, the registered components and the
 * allow-listed HTML (src/schemas/mdx-allowed.ts), and nothing else. Each refusal names the line and the
 * element, attribute, expression or URL. Also returns every URL it accepted (links and quotation
 * sources), for the refused-domain check and the post-build link check.
 *
 * Input → output: `<a href="javascript:x">` → "line 4: <a href>: "javascript:" URLs are not allowed …".
 * Why here: MDX compiles HTML and {expressions} into code that runs at build time and in the page, so
 * the only safe place to stop them is before Astro sees the file.
 */
export function safetyProblems(
  file: string,
  tree: Root,
  components: Readonly<Record<string, RegisteredComponent>> = registeredComponents,
): { problems: Problem[]; links: LinkSource[] } {
  const registeredList = () => Object.keys(components).join(', ') || 'none yet';
  const problems: Problem[] = [];
  const links: LinkSource[] = [];
  const add = (node: Node | number, message: string) =>
    problems.push({ file, where: `line ${typeof node === 'number' ? node : lineOf(node)}`, message });
  const url = (node: Node, value: string, use: UrlUse, label: string) => {
    const why = urlProblem(value, use);
    if (why) add(node, `${label}: ${why}`);
    else if (use !== 'image') links.push({ file, url: value, line: lineOf(node) });
  };

  const imported = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      const line = statement.loc?.start.line ?? lineOf(node);
      if (statement.type !== 'ImportDeclaration') {
        const text = node.value.split('\n')[line - lineOf(node)] ?? 'export';
        add(line, `"${excerpt(text)}": export is not allowed in content (an article's data is its frontmatter)`);
        continue;
      }
      const from = String(statement.source.value);
      const [only, ...more] = statement.specifiers;
      const name = only?.type === 'ImportDefaultSpecifier' ? only.local.name : undefined;
      const registered = Object.keys(components).find((n) => componentImportPath(n) === from);
      if (!registered) {
        add(line, `imports "${from}": content may import only the registered components (${registeredList()}), as import Name from '${componentImportPath('Name')}'`);
      } else if (name !== registered || more.length > 0 || (statement.attributes?.length ?? 0) > 0) {
        add(line, `write the import as: import ${registered} from '${from}'`);
      } else imported.add(registered);
    }
  });

  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') {
      // Expressions in footnotes are reported by the footnote check ("cite sources as [@source-id]");
      // elements and links inside are still checked here.
      visit(node, (inner) => (inner === node ? undefined : check(inner, true)));
      return SKIP;
    }
    return check(node, false);
  });

  function check(node: Node, inFootnote: boolean): typeof SKIP | undefined {
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const expression = node as unknown as { value: string; data?: { estree?: { body: unknown[] } } };
        const commentOnly = expression.data?.estree ? expression.data.estree.body.length === 0 : /^\s*$/.test(expression.value.replace(/\/\*[\s\S]*?\*\//g, ''));
        if (!commentOnly && !inFootnote)
          add(node, `"{${excerpt(expression.value)}}": MDX expressions are not allowed in content (they run at build time); only {/* comments */} and {/* #id */} heading markers`);
        return undefined;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as JsxElement);
        return undefined;
      case 'link':
      case 'definition': {
        const link = node as unknown as { url: string; children?: { type: string; value?: string }[] };
        // GFM turns a bare "www.irs.gov" in prose into an http:// link the writer never typed.
        const bare = link.children?.length === 1 && link.children[0].value && `http://${link.children[0].value}` === link.url;
        if (bare) add(node, `"${link.children![0].value}" becomes a plain http:// link; write it as [words](https://${link.children![0].value})`);
        else url(node, link.url, 'link', 'link');
        return undefined;
      }
      case 'image':
        url(node, (node as unknown as { url: string }).url, 'image', 'image');
        return undefined;
      case 'html':
        add(node, 'raw HTML is not allowed in content');
        return undefined;
      default:
        return undefined;
    }
  }

  function checkElement(node: JsxElement): void {
    const name = node.name;
    if (name === null) {
      add(node, 'a fragment <>…</> is not allowed in content (write the words without it)');
      return;
    }
    const component = Object.hasOwn(components, name) ? components[name] : undefined;
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      if (!component) {
        add(node, `<${name}> is not a registered component (registered: ${registeredList()}; see src/schemas/mdx-allowed.ts)`);
        return;
      }
      if (!imported.has(name)) add(node, `<${name}> is used but not imported (add: import ${name} from '${componentImportPath(name)}')`);
      checkAttributes(node, name, component.attributes, true);
      return;
    }
    const own = allowedElements[name];
    if (!own || !Object.hasOwn(allowedElements, name)) {
      const why = refusedBecause[name.toLowerCase()];
      add(node, why ? `<${name}> is not allowed in content: ${why}` : `<${name}> is not an element content may use (allowed: ${allowedList}, or a registered component)`);
      return;
    }
    checkAttributes(node, name, [...globalAttributes, ...own], false);
  }

  function checkAttributes(node: JsxElement, name: string, allowed: readonly string[], isComponent: boolean): void {
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        add(node, `<${name} {${excerpt(attribute.value)}}>: spread attributes are not allowed; write each attribute out`);
        continue;
      }
      const label = `<${name} ${attribute.name}>`;
      if (/^on/i.test(attribute.name)) {
        add(node, `${label}: event handlers (on…) are not allowed: content never runs code`);
        continue;
      }
      if (!allowed.includes(attribute.name)) {
        const hint = attribute.name === 'style' ? 'styles live in the site\'s CSS' : attribute.name === 'class' || attribute.name === 'className' ? 'layout belongs to components' : `allowed: ${allowed.join(', ') || 'none'}`;
        add(node, `${label}: the attribute is not allowed (${hint})`);
        continue;
      }
      if (typeof attribute.value !== 'string') {
        add(node, `${label}: write the value as plain text in quotes (${attribute.value ? 'no {expressions}' : 'it has none'})`);
        continue;
      }
      const value = attribute.value;
      if ((urlAttributes as readonly string[]).includes(attribute.name) && !isComponent)
        url(node, value, attribute.name === 'cite' ? 'cite' : 'link', label);
      if ((attribute.name === 'lang' || attribute.name === 'hreflang') && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value))
        add(node, `${label}: "${value}" is not a language code such as "en" or "es"`);
      if (attribute.name === 'rel') {
        const unknown = value.split(/\s+/).filter((w) => w && !(allowedRelWords as readonly string[]).includes(w.toLowerCase()));
        if (unknown.length > 0) add(node, `${label}: "${unknown.join(' ')}" is not allowed (allowed: ${allowedRelWords.join(', ')})`);
      }
    }
  }

  return { problems, links };
}
