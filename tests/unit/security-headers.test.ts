import { describe, expect, test } from 'vitest';
import { formatHeaders, headersFor, matches, parseHeaders } from '../../src/build/headers/headers-file.ts';
import { pageNeeds } from '../../src/build/headers/page-needs.ts';
import {
  parsePolicy,
  policyFor,
  serializePolicy,
  unionOfNeeds,
} from '../../src/build/headers/content-security-policy.ts';
import { notFoundPage, policyRules, type PolicyRule } from '../../src/build/headers/policy-rules.ts';

describe('the _headers file', () => {
  const file = `# site-wide
/*
  Referrer-Policy: no-referrer
  Content-Security-Policy: default-src 'none'

/search/
  ! Content-Security-Policy
  Content-Security-Policy: default-src 'self'

/_astro/*
  Cache-Control: immutable
`;

  test('patterns match like a static host: * across slashes, :name within one segment', () => {
    expect(matches('/*', '/')).toBe(true);
    expect(matches('/*', '/es/search/')).toBe(true);
    expect(matches('/search/', '/search/')).toBe(true);
    expect(matches('/search/', '/es/search/')).toBe(false);
    expect(matches('/:lang/search/', '/es/search/')).toBe(true);
    expect(matches('/:lang/search/', '/a/b/search/')).toBe(false);
    expect(matches('/a.b/', '/aXb/')).toBe(false);
  });

  test('every matching rule applies in order, and "! Name" removes an earlier value', () => {
    const rules = parseHeaders(file);
    expect(Object.fromEntries(headersFor(rules, '/section-6103/'))).toEqual({
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'",
    });
    expect(headersFor(rules, '/search/').get('content-security-policy')).toBe("default-src 'self'");
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toBe('immutable');
  });

  test('the same header from two rules is sent once with both values', () => {
    const rules = parseHeaders('/*\n  Vary: A\n/x/\n  Vary: B\n');
    expect(headersFor(rules, '/x/').get('vary')).toBe('A, B');
  });

  test('written rules read back the same', () => {
    const rules = parseHeaders(file);
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  test('a malformed line is refused with its line number', () => {
    expect(() => parseHeaders('/*\n  no colon here\n')).toThrow('_headers: line 2');
    expect(() => parseHeaders('  X-A: b\n')).toThrow('line 1: a header before any URL pattern');
  });
});

describe("a page's needs, read from its HTML", () => {
  const page = (body: string) => pageNeeds(`<!doctype html><html><head>${body}</head></html>`, 'dist/x/index.html');

  test('inline styles and running scripts are hashed; JSON-LD and other data blocks are not', () => {
    const needs = page(
      '<style>a{color:red}</style><script>1</script><script type="module">2</script>' +
        '<script type="application/ld+json">{"@type":"Article"}</script>',
    );
    // sha256 of "a{color:red}", as CSP hashes it (base64).
    expect([...needs.styleHashes]).toEqual(["'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='"]);
    expect(needs.scriptHashes.size).toBe(2);
    expect(needs.problems).toEqual([]);
  });

  test('script files, preloads, fetches, frames and forms are noticed', () => {
    const needs = page(
      '<script type="module" src="/_astro/a.js"></script><link rel="preload" as="fetch" href="/p/d.json">' +
        '<iframe src="/tools/?x" loading="lazy"></iframe><form action="/search/"></form>' +
        '<link rel="icon" href="data:,">',
    );
    expect(needs.scriptFiles).toBe(true);
    expect(needs.fetches).toBe(true);
    expect([...needs.frames]).toEqual(['/tools/']);
    expect(needs.forms).toBe(true);
    expect([...needs.images]).toEqual(['data:']);
  });

  test('what a strict policy would block is a problem naming the page', () => {
    const needs = page(
      '<div style="color:red" onclick="x()"></div><a href="javascript:void 0">x</a>' +
        '<script src="https://cdn.example.com/x.js"></script><img src="https://example.com/a.png">' +
        '<iframe src="https://www.youtube.com/embed/x"></iframe><style>@import url(https://f.example/x.css);</style>',
    );
    expect(needs.problems.join('\n')).toMatchInlineSnapshot(`
      "dist/x/index.html: <script src="https://cdn.example.com/x.js"> is not served by this site
      dist/x/index.html: <style> loads url(https://f.example/x.css) from another origin
      dist/x/index.html: <style> uses @import; bundle the stylesheet instead
      dist/x/index.html: <div style="…">: style attributes are blocked by the policy; use a class
      dist/x/index.html: <div onclick>: inline event handlers are blocked by the policy
      dist/x/index.html: <a href="javascript:…">: javascript: URLs are blocked
      dist/x/index.html: <img src="https://example.com/a.png"> is not served by this site
      dist/x/index.html: <iframe src="https://www.youtube.com/embed/x"> frames a page this site does not serve"
    `);
  });

  test('markup inside a comment or a script is not read as tags', () => {
    const needs = page(
      '<!-- <div style="x"> --><script type="application/json">{"a":"<img src=https://x.example>"}</script>',
    );
    expect(needs.problems).toEqual([]);
  });
});

describe('the policy', () => {
  const needsOf = (html: string) => pageNeeds(html, 'dist/index.html');

  test('allows only what the pages need: no scripts at all for pages without any', () => {
    const csp = serializePolicy(policyFor(unionOfNeeds([needsOf('<style>a{}</style>'), needsOf('<form></form>')])));
    expect(csp).toBe(
      "default-src 'none'; script-src 'none'; style-src 'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  test('WebAssembly and workers only for the search, framing by the site only for a framed page', () => {
    const needs = needsOf('<script type="module" src="/_astro/s.js"></script>');
    const search = policyFor(needs, { search: true });
    expect(search.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // The search worker is a file of the site: no blob: worker.
    expect(search.get('worker-src')).toEqual(["'self'"]);
    expect(search.get('connect-src')).toEqual(["'self'"]);
    expect(policyFor(needs).get('script-src')).toEqual(["'self'"]);
    expect(policyFor(needs).has('worker-src')).toBe(false);
    expect(policyFor(needs, { framed: true }).get('frame-ancestors')).toEqual(["'self'"]);
  });

  test('a written policy reads back', () => {
    const policy = policyFor(needsOf('<iframe src="/f/"></iframe>'));
    expect(parsePolicy(serializePolicy(policy))).toEqual(policy);
  });
});

describe('which pages share a policy', () => {
  const styled = (css: string) => pageNeeds(`<style>${css}</style>`, 'dist/x.html');
  const styleSources = (rule: PolicyRule) => policyFor(rule.needs).get('style-src');
  const hashOf = (css: string) => [...styled(css).styleHashes][0];

  test('each page at a fixed address allows only its own styles; the articles and the not-found page share /*', () => {
    const rules = policyRules(
      new Map([
        ['/', styled('home{}')],
        ['/timeline/', styled('timeline{}')],
        ['/es/timeline/', styled('timeline{}')],
        ['/section-6103/', styled('article{}')],
        ['/es/seccion-6103/', styled('article{}')],
        ['/irs-ice-agreement/', pageNeeds('<style>article{}</style><style>cases{}</style>', 'dist/x.html')],
        [notFoundPage, styled('base{}')],
      ]),
    );
    const byPattern = new Map(rules.map((r) => [r.pattern, r]));
    expect([...byPattern.keys()]).toEqual(['/*', '/', '/timeline/', '/es/timeline/']);
    expect(styleSources(byPattern.get('/*')!)).toEqual(
      [hashOf('article{}'), hashOf('base{}'), hashOf('cases{}')].sort(),
    );
    expect(styleSources(byPattern.get('/timeline/')!)).toEqual([hashOf('timeline{}')]);
    expect(styleSources(byPattern.get('/')!)).toEqual([hashOf('home{}')]);
  });

  test("a list's rule covers its numbered pages and the not-found page, in a number of rules that does not grow", () => {
    const site = (lists: number) =>
      new Map([
        ['/', styled('home{}')],
        [notFoundPage, styled('base{}')],
        ...Array.from({ length: lists }, (_, i) => [`/updates/${i > 0 ? `${i + 1}/` : ''}`, styled('list{}')] as const),
        ...Array.from({ length: lists }, (_, i) => [`/article-${i}/`, styled('article{}')] as const),
      ]);
    const few = policyRules(site(3));
    const many = policyRules(site(300));
    expect(many.map((r) => r.pattern)).toEqual(few.map((r) => r.pattern));
    const list = many.find((r) => r.pattern === '/updates/*')!;
    expect(styleSources(list)).toEqual([hashOf('base{}'), hashOf('list{}')].sort());
    expect(matches(list.pattern, '/updates/')).toBe(true);
    expect(matches(list.pattern, '/updates/300/')).toBe(true);
    expect(styleSources(many[0])).toEqual([hashOf('article{}'), hashOf('base{}')].sort());
  });

  test('a fixed page that needs just what /* allows gets no rule of its own', () => {
    const rules = policyRules(
      new Map([
        ['/about/', styled('base{}')],
        ['/section-6103/', styled('base{}')],
        [notFoundPage, styled('base{}')],
      ]),
    );
    expect(rules.map((r) => r.pattern)).toEqual(['/*']);
  });
});
