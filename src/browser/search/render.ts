import type { SearchOutcome } from './engine.ts';
import type { FoundSection } from './rank.ts';

/** The page's strings the results need, by key (see SearchPage.astro). */
export type SearchStrings = Record<string, string>;

/** `strings[key]` with `{name}` placeholders filled. */
export function fill(strings: SearchStrings, key: string, vars: Record<string, string | number> = {}): string {
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The sentence that counts the results (announced by the status region). */
export function countMessage(outcome: SearchOutcome, strings: SearchStrings): string {
  const query = outcome.corrected ?? outcome.query;
  if (outcome.total === 0) return fill(strings, 'search.none', { query });
  const key = outcome.total === 1 ? 'search.countOne' : 'search.countMany';
  const count = fill(strings, key, { count: outcome.total, query });
  return outcome.corrected ? `${fill(strings, 'search.corrected', { corrected: outcome.corrected })} ${count}` : count;
}

/**
 * Draws the results: for each page a heading that links to it, then its matching sections, each
 * linking straight to its anchor (with a text fragment that highlights the words on arrival) above an
 * excerpt whose matched words are marked. Built with DOM nodes, never from HTML strings.
 */
export function renderResults(
  container: HTMLElement,
  outcome: SearchOutcome,
  strings: SearchStrings,
  pageLang: string,
): void {
  container.replaceChildren();
  if (outcome.total === 0) return;
  if (outcome.fallback)
    container.append(
      el(
        'p',
        { className: 'tp-search-fallback' },
        fill(strings, 'search.fallback', { query: outcome.query, language: outcome.label }),
      ),
    );
  const list = el('ol', { className: 'tp-results' });
  list.setAttribute('aria-label', fill(strings, 'search.results'));
  if (outcome.lang !== pageLang) list.lang = outcome.lang;
  for (const group of outcome.groups) {
    const item = el('li', { className: 'tp-result' });
    // A section without an anchor is the top of the page: its excerpt goes under the page's own link.
    const top = group.sections.find((s) => !s.url.includes('#'));
    const heading = el('h2');
    heading.append(link(top ? top.href : group.url, group.page, outcome.lang, pageLang));
    item.append(heading);
    if (top) item.append(...sectionDetails(top, strings));
    const sections = group.sections.filter((s) => s !== top);
    if (sections.length > 0) {
      const sub = el('ul');
      for (const s of sections) {
        const li = el('li');
        li.append(link(s.href, s.heading, outcome.lang, pageLang), ...sectionDetails(s, strings));
        sub.append(li);
      }
      item.append(sub);
    }
    list.append(item);
  }
  container.append(list);
}

function sectionDetails(s: FoundSection, strings: SearchStrings): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (s.cite) out.push(el('p', { className: 'tp-result-cite' }, fill(strings, 'search.cited', { cite: s.cite })));
  if (s.excerpt) out.push(excerpt(s.excerpt));
  return out;
}

function link(href: string, text: string, lang: string, pageLang: string): HTMLAnchorElement {
  const a = el('a', {}, text);
  a.href = href;
  if (lang !== pageLang) a.hreflang = lang;
  return a;
}

/** Pagefind's excerpt is text with its < and > escaped and the matches in <mark>; rebuilt as nodes. */
function excerpt(html: string): HTMLElement {
  const p = el('p');
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  html.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    if (part.startsWith('<mark>')) p.append(el('mark', {}, unescape(part.slice(6, -7))));
    else if (part) p.append(unescape(part));
  });
  // An excerpt cut off mid-sentence says so.
  if (!/[.!?”"…)]\s*$/.test(p.textContent ?? '')) p.append('…');
  return p;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}
