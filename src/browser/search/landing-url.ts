/**
 * The link a search result opens: the section's URL plus a text fragment (`#id:~:text=…`), which makes
 * the browser itself scroll to the matched words and highlight them (styled by `::target-text`).
 *
 * Why not a highlight script: article pages load in one request with no JavaScript, and a static page
 * cannot add a script only when a parameter is present. Text fragments need no script at all; browsers
 * without them still open the section's `#id`, which `:target` highlights.
 *
 * A text fragment that does not match stops the browser scrolling, and one that matches earlier on the
 * page (in the title or the table of contents) lands there instead; so only safe ones are built.
 */
export function landingUrl(
  url: string,
  excerpt: string,
  labels: readonly string[] = [],
  stopWords: ReadonlySet<string> = new Set(),
): string {
  const directives = textDirectives(excerpt, labels, stopWords);
  if (directives.length === 0) return url;
  const [base, hash = ''] = url.split('#');
  return `${base}#${hash}:~:${directives.map((d) => `text=${d}`).join('&')}`;
}

const MAX_DIRECTIVES = 3;
const CONTEXT = 4;
/** Words in a directive's whole phrase (context included), so that it is unlikely to occur twice. */
const MIN_PHRASE = 5;
/** A token that ends with one of these ends a clause: the page may put a footnote number after it. */
const CLAUSE_END = /[.,;:!?)\]”"’»…]$/u;
/** A token of punctuation alone ("—", "§") is a boundary too. */
const BOUNDARY_TOKEN = /^[^\p{L}\p{N}]+$/u;

interface Token {
  text: string;
  marked: boolean;
}

/**
 * The text directives (already percent-encoded) for the marked words of an excerpt. Each is a run of
 * marked words with up to four words of context on each side, all within one clause, so that the
 * words sit next to each other on the page too. Left out: marked stop words (`stopWords`, lower-case),
 * phrases shorter than five words, and any phrase that a heading, the page title or another `labels`
 * string contains, because the table of contents and the title repeat those higher up the page.
 */
export function textDirectives(
  excerpt: string,
  labels: readonly string[] = [],
  stopWords: ReadonlySet<string> = new Set(),
): string[] {
  const tokens = tokenize(excerpt).map((t) => ({ ...t, marked: t.marked && !stopWords.has(bare(t.text)) }));
  const repeated = labels.map((l) => ` ${words(l).join(' ')} `);

  const clauses: Token[][] = [[]];
  for (const token of tokens) {
    if (BOUNDARY_TOKEN.test(token.text)) {
      clauses.push([]);
      continue;
    }
    clauses.at(-1)?.push(token);
    if (CLAUSE_END.test(token.text)) clauses.push([]);
  }

  const out = new Set<string>();
  for (const clause of clauses) {
    let i = 0;
    while (i < clause.length && out.size < MAX_DIRECTIVES) {
      if (!clause[i].marked) {
        i += 1;
        continue;
      }
      let end = i;
      while (end + 1 < clause.length && clause[end + 1].marked) end += 1;
      const prefix = clause.slice(Math.max(0, i - CONTEXT), i).map((t) => t.text);
      const match = clause.slice(i, end + 1).map((t) => t.text);
      const suffix = clause.slice(end + 1, end + 1 + CONTEXT).map((t) => t.text);
      const phrase = ` ${words([...prefix, ...match, ...suffix].join(' ')).join(' ')} `;
      const directive = repeated.some((label) => label.includes(phrase)) ? null : buildDirective(prefix, match, suffix);
      if (directive) out.add(directive);
      i = end + 1;
    }
  }
  return [...out];
}

/** The words of a text, lower-case, without punctuation: how phrases are compared. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map(bare)
    .filter((w) => w !== '');
}

/** A word without the punctuation around it, lower-case. */
function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

/**
 * Joins the parts, trimming punctuation only at the outer ends of the whole phrase: inside it, the
 * words must be exactly as on the page ("a “pink"), and at its end a footnote number may follow.
 */
function buildDirective(prefix: string[], match: string[], suffix: string[]): string | null {
  const pre = trimStart(prefix.join(' '));
  const start = prefix.length > 0 ? match.join(' ') : trimStart(match.join(' '));
  const post = trimEnd(suffix.join(' '));
  const end = suffix.length > 0 ? start : trimEnd(start);
  // A phrase of fewer words is likely to occur earlier on the page too (in the summary, say).
  if (end === '' || prefix.length + match.length + suffix.length < MIN_PHRASE) return null;
  return `${pre ? `${encode(pre)}-,` : ''}${encode(end)}${post ? `,-${encode(post)}` : ''}`;
}

function trimStart(text: string): string {
  return text.replace(/^[^\p{L}\p{N}$]+/u, '');
}

function trimEnd(text: string): string {
  return text.replace(/[^\p{L}\p{N}%]+$/u, '');
}

/** Percent-encodes a directive part; "-", "," and "&" have meanings in the syntax. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function tokenize(excerpt: string): Token[] {
  return excerpt
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((raw) => {
      const marked = raw.includes('<mark>');
      const text = raw
        .replace(/<\/?mark>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
      return { text, marked };
    })
    .filter((t) => t.text !== '');
}
