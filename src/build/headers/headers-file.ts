/**
 * The `_headers` file that static hosts read (Cloudflare Pages' and Netlify's format): a URL pattern on its own
 * line, then indented `Name: value` lines. Patterns match the request's path; `*` matches anything (slashes
 * too) and `:name` one path segment. Every rule that matches applies, in file order: a header set by two rules
 * is sent once with both values joined by ", ", and `! Name` removes what an earlier rule set (Cloudflare's
 * "detach"), which is how one page gets its own Content-Security-Policy instead of a second one.
 */

/** One block of the file. */
export interface HeaderRule {
  /** The URL pattern ("/*", "/search/", "/pagefind/*"). */
  pattern: string;
  /** Headers in file order; `value: null` is a `! Name` line, removing the header. */
  headers: { name: string; value: string | null }[];
}

/** Reads `_headers` text; a line that is neither a pattern, an indented header nor a comment is an error naming its line. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers: line ${i + 1}: a URL pattern must start with "/"`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: line ${i + 1}: a header before any URL pattern`);
    const detach = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    if (detach) {
      rule.headers.push({ name: detach[1], value: null });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (!header || header[2] === '') throw new Error(`_headers: line ${i + 1}: expected "Name: value" or "! Name"`);
    rule.headers.push({ name: header[1], value: header[2] });
  });
  return rules;
}

/** Writes rules back as `_headers` text, with an optional comment above each. */
export function formatHeaders(rules: readonly (HeaderRule & { comment?: string })[]): string {
  return rules
    .map((rule) =>
      [
        ...(rule.comment ? rule.comment.split('\n').map((c) => `# ${c}`) : []),
        rule.pattern,
        ...rule.headers.map((h) => (h.value === null ? `  ! ${h.name}` : `  ${h.name}: ${h.value}`)),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** Whether a rule's pattern matches a request path. */
export function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host sends for `path` (lower-case names), every matching rule applied in order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      if (value === null) out.delete(key);
      else out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}
