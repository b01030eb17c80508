import { describe, expect, test } from 'vitest';
import { movingOn, linkedPaths } from '../../src/render/moving-on.ts';
import { answerLinks } from '../../src/render/answer-links.ts';
import { bindSectionSigns } from '../../src/render/section-sign.ts';
import { sectionName, sectionUrl } from '../../src/browser/section-links/section-url.ts';

const articles = [
  { path: '/a/', title: 'A', topics: ['itin'] },
  { path: '/b/', title: 'B', topics: ['law'] },
  { path: '/c/', title: 'C', topics: ['law', 'courts'] },
  { path: '/d/', title: 'D', topics: ['history'] },
];
const reference = [
  { path: '/law/6103/', title: 'The law' },
  { path: '/glossary/', title: 'Glossary' },
];

describe('moving on', () => {
  test('reads the internal page links of an article, without anchors, one per use', () => {
    expect(
      linkedPaths('See [x](/law/6103/#i-2), [y](/law/6103/) and [z](#here) and [w](https://e.org/).', '/a/'),
    ).toEqual(['/law/6103/', '/law/6103/']);
  });

  test('next is the following article in reading order, and after the last, the first', () => {
    expect(movingOn({ path: '/a/', markdown: '', topics: [] }, articles, reference).next?.path).toBe('/b/');
    expect(movingOn({ path: '/d/', markdown: '', topics: [] }, articles, reference).next?.path).toBe('/a/');
  });

  test('related are the pages the article links to most, then those sharing topics, never itself or next', () => {
    const { next, related } = movingOn(
      { path: '/b/', markdown: '[x](/glossary/#a) [y](/glossary/) [z](/d/) [self](/b/#x) [n](/c/)', topics: ['law'] },
      articles,
      reference,
    );
    expect(next?.path).toBe('/c/');
    expect(related.map((p) => p.path)).toEqual(['/glossary/', '/d/']);
    const byTopic = movingOn({ path: '/a/', markdown: '', topics: ['courts'] }, articles, reference);
    expect(byTopic.related.map((p) => p.path)).toEqual(['/c/', '/d/']);
  });
});

describe('answer links', () => {
  const headings = [
    { slug: 'should-i-still-file', text: 'Should I still file?' },
    { slug: 'where-can-i-get-help', text: 'Where can I get help?' },
  ];

  test('name each answer by its heading, in the order given', () => {
    expect(answerLinks(['where-can-i-get-help', 'should-i-still-file'], headings, 'x.mdx')).toEqual([
      { id: 'where-can-i-get-help', text: 'Where can I get help?' },
      { id: 'should-i-still-file', text: 'Should I still file?' },
    ]);
  });

  test('stop the build, naming the file and the field, when an id is not a heading', () => {
    expect(() => answerLinks(['nope'], headings, 'content/articles/en/x.mdx')).toThrow(
      /^content\/articles\/en\/x\.mdx: answers: "nope" is not the id of a heading in this article/,
    );
  });
});

describe('the section sign', () => {
  test('is bound to its number by a no-break space, and left alone without one', () => {
    expect(bindSectionSigns('§ 6103, §§  7213–7431, § (a), §6103')).toBe(
      '§\u00a06103, §§\u00a07213–7431, § (a), §6103',
    );
  });
});

describe('a section’s link to copy or share', () => {
  test('is the page address without its query, with the section’s id', () => {
    expect(sectionUrl('https://e.org/itin-filers/?utm=x#top', '#where-can-i-get-help')).toBe(
      'https://e.org/itin-filers/#where-can-i-get-help',
    );
  });

  test('is named by its heading, cut at a word near 80 characters', () => {
    expect(sectionName('  Should I   still file? ')).toBe('Should I still file?');
    const long = sectionName('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(81);
    expect(long.endsWith('word…')).toBe(true);
  });
});
