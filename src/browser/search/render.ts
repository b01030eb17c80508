import type { SearchOutcome } from './engine.ts';
import type { FoundSection, PageGroup } from './rank.ts';
import { interpolate, pluralOf } from '../../i18n/interpolate.ts';

/** The page's strings the results need, by key (see SearchPage.astro). */
export type SearchStrings = Record<string, string>;

/** `strings[key]` with `{name}` placeholders filled, as t() fills them at build time. */
export function fill(strings: SearchStrings, key: string, vars: Record<string, string | number> = {}): string {
  return interpolate(strings[key] ?? key, vars);
}

/** The sentence that counts the results (announced by the status region). */
export function countMessage(outcome: SearchOutcome, strings: SearchStrings, lang = 'en'): string {
  const query = outcome.corrected ?? outcome.query;
  const corrected = outcome.corrected ? `${fill(strings, 'search.corrected', { corrected: outcome.corrected })} ` : '';
  if (outcome.total === 0) return `${corrected}${fill(strings, 'search.none', { query })}`;
  const key = pluralOf(lang, outcome.total, { one: 'search.countOne', other: 'search.countMany' });
  return `${corrected}${fill(strings, key, { count: outcome.total, query })}`;
}

/** What the page does when the reader asks for every result. */
export type ShowAll = () => void;

/**
 * Draws the results: for each page a heading that links to it, then its matching sections, each
 * linking straight to its anchor (with a text fragment that highlights the words on arrival) above an
 * excerpt whose matched words are marked; then "Show all N results" when more match. When nothing
 * matches, it says why (a word no page has, a subject the site does not cover) and lists the closest
 * topics. Built with DOM nodes, never from HTML strings.
 *
 * It updates in place: an item that is still in the results keeps its node (and the reader's focus),
 * changed items are redrawn, and the list is never emptied between two queries, so it does not jump
 * while the reader types.
 */
export function renderResults(
  container: HTMLElement,
  outcome: SearchOutcome,
  strings: SearchStrings,
  pageLang: string,
  showAll?: ShowAll,
): void {
  const parts: HTMLElement[] = [];
  if (outcome.fallback)
    parts.push(
      keep(
        container,
        'fallback',
        () =>
          el(
            'p',
            { className: 'tp-search-fallback' },
            fill(strings, 'search.fallback', { query: outcome.query, language: outcome.label }),
          ),
        `${outcome.query}|${outcome.label}`,
      ),
    );
  if (outcome.groups.length > 0) {
    const list = keep(container, 'list', () => {
      const ol = el('ol', { className: 'tp-results' });
      ol.setAttribute('aria-label', fill(strings, 'search.results'));
      return ol;
    });
    if (outcome.lang !== pageLang) list.lang = outcome.lang;
    else list.removeAttribute('lang');
    reconcile(
      list,
      outcome.groups.map((group) => ({
        key: group.url,
        signature: groupSignature(group),
        draw: () => drawGroup(group, outcome.lang, pageLang, strings),
      })),
    );
    // A page that stays keeps its node; its sections update in place under it.
    outcome.groups.forEach((group, i) => {
      const sub = list.children[i]?.querySelector<HTMLElement>(':scope > ul');
      if (sub) drawSections(sub, group, outcome.lang, pageLang, strings);
    });
    parts.push(list);
  }
  if (outcome.more && showAll && outcome.total > outcome.shown) {
    const label = fill(strings, 'search.showAll', { count: outcome.total });
    const wrap = keep(
      container,
      'more',
      () => {
        const p = el('p', { className: 'tp-search-more' });
        const button = el('button', { type: 'button' }, label);
        button.addEventListener('click', () => showAll());
        p.append(button);
        return p;
      },
      label,
    );
    parts.push(wrap);
  }
  if (outcome.total === 0)
    parts.push(keep(container, 'none', () => drawNone(outcome, strings), noneSignature(outcome)));
  reconcile(
    container,
    parts.map((part) => ({ key: part.dataset.key ?? '', signature: part.dataset.signature ?? '', draw: () => part })),
  );
}

/** The node of `container` with `key`, if its signature is the same; else a new one from `draw`. */
function keep<T extends HTMLElement>(container: HTMLElement, key: string, draw: () => T, signature = ''): T {
  const existing = [...container.children].find((c): c is T => (c as HTMLElement).dataset.key === key);
  if (existing && existing.dataset.signature === signature) return existing;
  const node = draw();
  node.dataset.key = key;
  node.dataset.signature = signature;
  return node;
}

/**
 * Makes `parent`'s children the items in order: an existing child with the same key and signature is
 * kept where possible (moved if the order changed), one whose signature changed is replaced.
 */
function reconcile(parent: HTMLElement, items: { key: string; signature: string; draw: () => HTMLElement }[]): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of [...parent.children] as HTMLElement[]) existing.set(child.dataset.key ?? '', child);
  const wanted: HTMLElement[] = items.map((item) => {
    const old = existing.get(item.key);
    if (old && old.dataset.signature === item.signature) return old;
    const node = item.draw();
    node.dataset.key = item.key;
    node.dataset.signature = item.signature;
    if (old) old.replaceWith(node);
    return node;
  });
  const keepSet = new Set(wanted);
  for (const child of [...parent.children]) if (!keepSet.has(child as HTMLElement)) child.remove();
  wanted.forEach((node, i) => {
    if (parent.children[i] !== node) parent.insertBefore(node, parent.children[i] ?? null);
  });
}

function sectionSignature(s: FoundSection): string {
  return [s.href, s.heading, s.excerpt, s.cite ?? '', s.answers ?? ''].join('\u0000');
}

/**
 * The page's own top (the text before its first heading) when it is the page's best match: then its
 * excerpt goes under the page's link. Further down, it is one of the page's sections.
 */
function pageTop(g: PageGroup): FoundSection | undefined {
  const first = g.sections.find((s) => !s.cite) ?? g.sections[0];
  return first && !first.url.includes('#') ? first : undefined;
}

function groupSignature(g: PageGroup): string {
  const top = pageTop(g);
  return [g.page, top ? sectionSignature(top) : ''].join('\u0001');
}

function noneSignature(outcome: SearchOutcome): string {
  return [outcome.missing.join(' '), outcome.uncovered?.topic ?? '', ...outcome.topics.map((t) => t.url)].join('|');
}

function drawGroup(group: PageGroup, lang: string, pageLang: string, strings: SearchStrings): HTMLElement {
  const item = el('li', { className: 'tp-result' });
  const top = pageTop(group);
  const heading = el('h2');
  heading.append(link(top ? top.href : group.url, group.page, lang, pageLang));
  item.append(heading);
  if (top) item.append(...sectionDetails(top, strings));
  item.append(el('ul'));
  return item;
}

function drawSections(
  sub: HTMLElement,
  group: PageGroup,
  lang: string,
  pageLang: string,
  strings: SearchStrings,
): void {
  const top = pageTop(group);
  reconcile(
    sub,
    group.sections
      .filter((s) => s !== top)
      .map((s) => ({
        key: s.url,
        signature: sectionSignature(s),
        draw: () => {
          const li = el('li');
          // The top of the page has the page's title as its heading: it is named for where it is.
          const label = s.url.includes('#') ? s.heading : fill(strings, 'search.pageTop');
          li.append(link(s.href, label, lang, pageLang), ...sectionDetails(s, strings));
          return li;
        },
      })),
  );
  sub.hidden = sub.children.length === 0;
}

/** The no-results answer: why nothing matches, then the closest topics. */
function drawNone(outcome: SearchOutcome, strings: SearchStrings): HTMLElement {
  const box = el('section', { className: 'tp-search-none' });
  if (outcome.uncovered) box.append(el('p', {}, fill(strings, 'search.uncovered', { topic: outcome.uncovered.topic })));
  // A subject the site does not cover is said once, in those words.
  if (outcome.missing.length > 0 && !outcome.uncovered) {
    const words = outcome.missing.map((word) => fill(strings, 'search.quoted', { word })).join(', ');
    box.append(el('p', {}, fill(strings, 'search.missing', { words })));
  }
  const topics = [...(outcome.uncovered?.see ?? []), ...outcome.topics];
  const seen = new Set<string>();
  const unique = topics.filter((t) => !seen.has(t.url) && seen.add(t.url));
  if (unique.length > 0) {
    const heading = el('h2', { id: 'tp-search-closest' }, fill(strings, 'search.closest'));
    box.setAttribute('aria-labelledby', heading.id);
    box.append(heading);
    const list = el('ul', { className: 'tp-search-closest' });
    for (const topic of unique) {
      const li = el('li');
      const a = el('a', {}, topic.label);
      a.href = topic.url;
      li.append(a, ` (${fill(strings, `search.kind.${topic.kind}`)})`);
      list.append(li);
    }
    box.append(list);
  }
  const browse = el('p');
  const a = el('a', {}, fill(strings, 'search.browse'));
  a.href = '#topics';
  browse.append(a);
  box.append(browse);
  return box;
}

function sectionDetails(s: FoundSection, strings: SearchStrings): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (s.cite) out.push(el('p', { className: 'tp-result-cite' }, fill(strings, 'search.cited', { cite: s.cite })));
  if (s.answers)
    out.push(el('p', { className: 'tp-result-answers' }, fill(strings, 'search.answers', { question: s.answers })));
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
