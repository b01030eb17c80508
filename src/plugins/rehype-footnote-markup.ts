import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Root, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { fileLang } from '../render/file-lang.ts';
import { t } from '../i18n/translate.ts';

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';
const HEADING = /^h[23]$/;

/** "a", "b", … "z", "aa", "ab": Wikipedia's letters for the uses of one note. */
export function useLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(97 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Trims the footnote markup that remark-rehype generates to what readers use, names every link for a
 * screen reader, and gives each use of a note its own way back.
 *
 *   <sup><a href="#fn-4" id="fnref-4-2" data-footnote-ref aria-describedby="footnote-label">4</a></sup>
 *   → <a href="#fn-4" id="fnref-4-2" aria-label="Source 4">4</a>            (raised by CSS: a[href^="#fn-"])
 *   <li id="fn-4"><p>… <a href="#fnref-4" data-footnote-backref …>↩</a> <a href="#fnref-4-2" …>↩<sup>2</sup></a></p></li>
 *   → <li id="fn-4">… <span class="tp-back"><a href="#fnref-4" aria-label="Back to use 1 of 2: Who may ask?">a</a>
 *     <a href="#fnref-4-2" aria-label="Back to use 2 of 2: Who signs">b</a></span></li>
 *   (a note used once gets one "↑" link: aria-label="Back to the text: Who may ask?")
 *
 * Why: a reference named only "4" is heard as "link, 4", 100 times an article; a back-link that always
 * returns to the first use strands a reader who came from the twelfth. Wikipedia's "↑ a b c" letters
 * keep the note short for the eye, and each link's name says which section it returns to. The arrow
 * before the letters is drawn by CSS (.tp-back::before), so it is not read out.
 */
export default function rehypeFootnoteMarkup() {
  return (tree: Root, file: VFile) => {
    const lang = fileLang(file);
    const opening = t(lang, 'sources.opening');
    /** The heading each reference sits under, by the reference's id ("fnref-4-2"). */
    const sectionOf = new Map<string, string>();
    let section = opening;

    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.properties.dataFootnotes !== undefined) return SKIP;
      if (HEADING.test(node.tagName)) {
        section = toString(node).trim();
        return SKIP;
      }
      if (node.tagName !== 'sup' || !parent || index === undefined) return undefined;
      const [link] = node.children;
      if (node.children.length !== 1 || !isElement(link) || link.properties.dataFootnoteRef === undefined)
        return undefined;
      delete link.properties.dataFootnoteRef;
      delete link.properties.ariaDescribedBy;
      link.properties.ariaLabel = t(lang, 'footnote.ref', { n: toString(link) });
      sectionOf.set(String(link.properties.id), section);
      parent.children[index] = link;
      return SKIP;
    });

    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li' || !String(node.properties.id ?? '').startsWith('fn-')) return undefined;
      // A note is a single paragraph: its text can sit in the <li> itself.
      const blocks = node.children.filter(isElement);
      if (blocks.length === 1 && blocks[0].tagName === 'p') node.children = blocks[0].children;
      const backs = node.children.filter(
        (c): c is Element => isElement(c) && c.properties.dataFootnoteBackref !== undefined,
      );
      // The back-links and the spaces between them go; one group of them takes their place.
      node.children = node.children.filter((c) => !backs.includes(c as Element));
      while (node.children.at(-1)?.type === 'text' && toString(node.children.at(-1)!).trim() === '')
        node.children.pop();
      const tail = node.children.at(-1);
      if (tail?.type === 'text') tail.value = tail.value.trimEnd();
      const way = (back: Element, i: number): Element => {
        const href = String(back.properties.href);
        const where = sectionOf.get(href.slice(1)) ?? opening;
        const ariaLabel =
          backs.length === 1
            ? t(lang, 'footnote.back', { section: where })
            : t(lang, 'footnote.backUse', { n: i + 1, count: backs.length, section: where });
        const text = backs.length === 1 ? '↑' : useLetter(i);
        return {
          type: 'element',
          tagName: 'a',
          properties: { href, ariaLabel },
          children: [{ type: 'text', value: text }],
        };
      };
      const links = backs.map(way);
      const group: ElementContent[] =
        links.length === 1
          ? links
          : [
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['tp-back'] },
                children: links.flatMap((l, i) => (i === 0 ? [l] : [{ type: 'text' as const, value: ' ' }, l])),
              },
            ];
      if (group.length > 0) node.children.push({ type: 'text', value: ' ' }, ...group);
      return SKIP;
    });
  };
}
