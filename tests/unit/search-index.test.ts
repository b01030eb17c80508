import { describe, expect, test } from 'vitest';
import { pageSections } from '../../src/build/search/page-sections.ts';
import { sectionRecord } from '../../src/build/search/section-record.ts';
import { landingUrl, textDirectives } from '../../src/browser/search/landing-url.ts';
import { withoutHeadings } from '../../src/browser/search/excerpt.ts';

const page = (main: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}</head><body><header><nav><a href="/">Home</a></nav></header><main>${main}</main><footer>Footer</footer></body></html>`;

describe('cutting a built page into sections', () => {
  const article = page(`
    <article><header><h1>Section 6103</h1><p class="tp-summary">Summary.</p><dl class="tp-meta"><dt>Updated</dt><dd>today</dd></dl></header>
    <nav class="tp-toc"><a href="#who-may-ask">Who may ask?</a></nav>
    <div class="tp-prose" data-pagefind-body>
      <p>Lead words.<a href="#fn-1" id="fnref-1">1</a></p>
      <h2 id="what-does-it-require">What does it require?<a class="tp-anchor" href="#what-does-it-require" aria-label="Link"></a></h2>
      <p>Requests must be <a href="/law/6103/#i-2">in writing</a>.</p>
      <h3 id="who-may-ask">Who may ask?</h3>
      <table><tr><th>Route</th><th>Order?</th></tr><tr><td>(i)(1)</td><td>Yes</td></tr></table>
      <p data-pagefind-ignore>Not this.</p>
      <p>See <a href="/itin-filers/">If you file taxes with an ITIN</a> and <a href="/timeline/">the timeline</a>.</p>
      <section data-footnotes class="footnotes"><h2 id="footnote-label">Sources</h2><ol><li id="fn-1">A source.</li></ol></section>
    </div></article>`);

  test('reads the searchable part, section by section, each with its heading, anchor and the headings above it', () => {
    expect(pageSections(article)).toEqual({
      lang: 'en',
      title: 'Section 6103',
      sections: [
        { heading: 'Section 6103', context: [], blocks: ['Lead words.'] },
        {
          id: 'what-does-it-require',
          heading: 'What does it require?',
          context: [],
          blocks: ['Requests must be in writing.'],
        },
        {
          id: 'who-may-ask',
          heading: 'Who may ask?',
          context: ['What does it require?'],
          blocks: ['Route — Order?', '(i)(1) — Yes'],
        },
      ],
    });
  });

  test('uses <main> when the page marks no data-pagefind-body, and takes an id on a heading’s wrapper', () => {
    const statute =
      page(`<div class="tp-page"><h1>The law</h1><section id="i-2"><h3><span>§ 6103(i)(2)</span> Disclosure</h3><p>Words.</p>
      <section id="i-2-A"><h4>§ 6103(i)(2)(A) In general</h4><p>More words.</p></section></section>
      <dl><dt id="itin">ITIN</dt><dd>A number.</dd></dl></div>`);
    expect(pageSections(statute)?.sections.map((s) => [s.id, s.heading, s.context, s.blocks])).toEqual([
      ['i-2', '§ 6103(i)(2) Disclosure', [], ['Words.']],
      ['i-2-A', '§ 6103(i)(2)(A) In general', ['§ 6103(i)(2) Disclosure'], ['More words.']],
      // Headings form an outline in document order; a term comes under the ones still open.
      ['itin', 'ITIN', ['§ 6103(i)(2) Disclosure', '§ 6103(i)(2)(A) In general'], ['A number.']],
    ]);
  });

  test('skips a page marked noindex', () => {
    expect(pageSections(page('<h1>Gone</h1><p>Text</p>', '<meta name="robots" content="noindex">'))).toBeNull();
  });

  test('makes one small HTML document per section: heading first, page title, context and reader questions as metadata', () => {
    const parsed = pageSections(article)!;
    const record = sectionRecord('/section-6103/', parsed, parsed.sections[2], ['Who can ask?', 'Which agencies?']);
    expect(record.url).toBe('/section-6103/#who-may-ask');
    expect(record.html).toContain('<html lang="en">');
    expect(record.html).toContain('<meta data-pagefind-meta="page[content]" content="Section 6103">');
    expect(record.html).toContain(
      '<meta data-pagefind-meta="questions[content]" content="Who can ask? · Which agencies?">',
    );
    expect(record.html).toContain(
      '<h1 data-pagefind-meta="title">Who may ask?</h1><p data-pagefind-weight="0.5">What does it require?</p><p>Route — Order?</p>',
    );
    // The questions are not text: an excerpt never shows them as if the page said them.
    expect(record.html.split('<body>')[1]).not.toContain('Who can ask?');
    expect(sectionRecord('/section-6103/', parsed, parsed.sections[0]).url).toBe('/section-6103/');
  });

  test('escapes text so a heading cannot break the record', () => {
    const parsed = pageSections(page('<h1>A "quoted" &amp; &lt;odd&gt; title</h1><h2 id="x">1 &lt; 2</h2><p>t</p>'))!;
    const html = sectionRecord('/p/', parsed, parsed.sections[0]).html;
    expect(html).toContain('content="A &quot;quoted&quot; &amp; &lt;odd&gt; title"');
    expect(html).toContain('<h1 data-pagefind-meta="title">1 &lt; 2</h1>');
  });
});

describe('the link a result opens', () => {
  const excerpt =
    'The agreement does not give <mark>ICE</mark> your <mark>tax</mark> return. But it can give <mark>ICE</mark> your name and address.';

  test('adds a text fragment for each marked word, with context from its own clause', () => {
    expect(textDirectives(excerpt)).toEqual([
      'agreement%20does%20not%20give-,ICE,-your%20tax%20return',
      'not%20give%20ICE%20your-,tax,-return',
      'But%20it%20can%20give-,ICE,-your%20name%20and%20address',
    ]);
  });

  test('keeps the section’s anchor in front of the text fragment', () => {
    expect(landingUrl('/itin-filers/#can-ice-see-my-tax-return', 'does not give <mark>ICE</mark> your return')).toBe(
      '/itin-filers/#can-ice-see-my-tax-return:~:text=does%20not%20give-,ICE,-your%20return',
    );
    expect(landingUrl('/itin-filers/', 'you file with an <mark>ITIN</mark> today')).toBe(
      '/itin-filers/#:~:text=you%20file%20with%20an-,ITIN,-today',
    );
    expect(landingUrl('/itin-filers/#x', '<mark>ICE</mark>')).toBe('/itin-filers/#x');
  });

  test('builds nothing a heading or the title contains: the table of contents and the title repeat them higher up', () => {
    const labels = ['What did the Tax Reform Act of 1976 change?', 'Why tax returns are confidential'];
    expect(textDirectives('The Tax Reform Act of <mark>1976,</mark> Public Law 94-455', labels)).toEqual([]);
    // With the words after it, the phrase is only in the text, where the browser will find it.
    expect(textDirectives('The Tax Reform Act of <mark>1976</mark> became law', labels)).toEqual([
      'Tax%20Reform%20Act%20of-,1976,-became%20law',
    ]);
    expect(textDirectives('Public Law 94-455, signed in <mark>1976</mark> by Ford', labels)).toEqual([
      'signed%20in-,1976,-by%20Ford',
    ]);
  });

  test('keeps quotation marks and brackets inside the phrase, as on the page, and trims them only at its ends', () => {
    expect(textDirectives('to file a “<mark>pink</mark> <mark>slip”</mark> with the return')).toEqual([
      'to%20file%20a-,%E2%80%9Cpink%20slip',
    ]);
    expect(textDirectives('see the <mark>Taxpayer</mark> <mark>Advocate</mark> <mark>Service</mark> (TAS) is')).toEqual(
      ['see%20the-,Taxpayer%20Advocate%20Service,-(TAS'],
    );
  });

  test('leaves out phrases of fewer than five words, marked stop words, and punctuation a footnote number may follow', () => {
    expect(textDirectives('the Advocate <mark>Service</mark> (TAS)')).toEqual([]);
    expect(textDirectives('so what <mark>is</mark> an ITIN', [], new Set(['is']))).toEqual([]);
    expect(textDirectives('IRS sent ICE about 47,000 <mark>addresses.</mark> Later')).toEqual([
      'sent%20ICE%20about%2047%2C000-,addresses',
    ]);
  });

  test('encodes the characters the syntax uses', () => {
    expect(textDirectives('of the IRS–ICE <mark>data-sharing</mark> deal with AT&T')).toEqual([
      'of%20the%20IRS%E2%80%93ICE-,data%2Dsharing,-deal%20with%20AT%26T',
    ]);
  });
});

describe('the excerpt a result shows', () => {
  test('drops the heading and the headings above it, which the result already shows', () => {
    const excerpt = 'Who may <mark>ask?</mark> What does § 6103(i)(2) require? A request may come from the head';
    expect(withoutHeadings(excerpt, 'Who may ask?', ['What does § 6103(i)(2) require?'])).toBe(
      'A request may come from the head',
    );
  });

  test('drops the end of a heading that the excerpt cut into, and nothing from an excerpt that starts later', () => {
    expect(withoutHeadings('see my <mark>tax</mark> return? The agreement', 'Can ICE see my tax return?', [])).toBe(
      'The agreement',
    );
    expect(withoutHeadings('The agreement does not give <mark>ICE</mark>', 'Can ICE see my tax return?', [])).toBe(
      'The agreement does not give <mark>ICE</mark>',
    );
  });
});
