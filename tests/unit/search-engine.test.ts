import { describe, expect, test } from 'vitest';
import {
  SearchEngine,
  correctQuery,
  type BundleHit,
  type SearchBundle,
  type SearchIO,
} from '../../src/browser/search/engine.ts';
import { vocabulary } from '../../src/browser/search/spelling.ts';
import { findCitations } from '../../src/browser/search/citation.ts';
import type { SearchData } from '../../src/browser/search/search-data.ts';

/** A section of a pretend index. */
interface Doc {
  url: string;
  heading: string;
  page: string;
  text: string;
}

/** A pretend Pagefind: keeps sections that contain every word, scored by how often they occur. */
function bundle(docs: Doc[]): SearchBundle {
  return {
    async search(text) {
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      return docs.flatMap((doc, i): BundleHit[] => {
        const body = `${doc.heading} ${doc.text}`.toLowerCase().split(/[^\p{L}\p{N}]+/u);
        if (!words.every((w) => body.includes(w))) return [];
        const score = words.reduce((n, w) => n + body.filter((b) => b === w).length, 0);
        const excerpt = doc.text
          .split(' ')
          .map((t) => (words.includes(t.toLowerCase()) ? `<mark>${t}</mark>` : t))
          .join(' ');
        return [
          {
            id: String(i),
            score,
            data: async () => ({ url: doc.url, excerpt, meta: { title: doc.heading, page: doc.page } }),
          },
        ];
      });
    },
  };
}

const data = (lang: string, others: string[] = []): SearchData => ({
  lang,
  label: lang === 'es' ? 'Español' : 'English',
  bundle: `/pagefind/${lang}/`,
  words: `/pagefind/${lang}/search-words.json`,
  aliases:
    lang === 'en'
      ? [
          ['ITIN', 'individual taxpayer identification number'],
          ['leaking', 'unauthorized disclosure'],
        ]
      : [],
  stopWords: ['the', 'my', 'is', 'what'],
  citations: {
    defaultSection: '6103',
    targets: [
      {
        cite: findCitations('§ 6103(i)(2)')[0].citation,
        url: '/law/6103/#i-2',
        heading: 'Disclosure of return information',
        page: 'The law',
        from: 'statute',
      },
    ],
  },
  others: others.map((o) => ({ lang: o, data: `/pagefind/${o}/search-data.json`, bundle: `/pagefind/${o}/` })),
});

const english: Doc[] = [
  {
    url: '/itin-filers/#what-is-an-itin',
    heading: 'What is an ITIN?',
    page: 'ITIN filers',
    text: 'An individual taxpayer identification number is a tax number',
  },
  {
    url: '/section-6103/#who-may-ask',
    heading: 'Who may ask?',
    page: 'Section 6103',
    text: 'The head of any federal agency may ask',
  },
  {
    url: '/law/6103/#i-2',
    heading: 'Disclosure of return information',
    page: 'The law',
    text: 'shall disclose return information',
  },
];
const spanish: Doc[] = [
  {
    url: '/es/itin-filers/#que-es',
    heading: '¿Qué es un ITIN?',
    page: 'ITIN',
    text: 'Un número de identificación fiscal',
  },
];

function io(
  log: string[] = [],
  words: string[] = ['taxpayer', 'identification', 'number', 'federal', 'agency', 'leaving'],
): SearchIO {
  return {
    async loadData(url) {
      log.push(url);
      return url.includes('/es/') ? data('es', ['en']) : data('en', ['es']);
    },
    async loadWords(url) {
      log.push(url);
      return words;
    },
    async openBundle(path) {
      log.push(path);
      return bundle(path.includes('/es/') ? spanish : english);
    },
  };
}

const engine = (log?: string[]) =>
  new SearchEngine({ data: '/pagefind/en/search-data.json', bundle: '/pagefind/en/' }, io(log));
const urls = (groups: { sections: { url: string }[] }[]) => groups.flatMap((g) => g.sections.map((s) => s.url));

describe('the search engine', () => {
  test('finds sections through an alias and groups them by page', async () => {
    const outcome = await engine().search('ITIN');
    expect(urls(outcome.groups)).toEqual(['/itin-filers/#what-is-an-itin']);
    expect(outcome).toMatchObject({ lang: 'en', fallback: false, total: 1 });
    expect(outcome.groups[0].sections[0].href).toContain('#what-is-an-itin:~:text=');
  });

  test('puts the target of a typed citation first and labels it', async () => {
    const outcome = await engine().search('(i)(2)');
    expect(outcome.groups[0].sections[0]).toMatchObject({ url: '/law/6103/#i-2', cite: '§ 6103(i)(2)' });
  });

  test('opens only the page language’s index until it finds nothing', async () => {
    const log: string[] = [];
    await engine(log).search('agency');
    expect(log.filter((l) => l.includes('/es/'))).toEqual([]);
  });

  test('when the page’s language finds nothing, offers the other language’s results, labelled', async () => {
    const outcome = await engine().search('número');
    expect(outcome).toMatchObject({ fallback: true, lang: 'es', label: 'Español' });
    expect(urls(outcome.groups)).toEqual(['/es/itin-filers/#que-es']);
  });

  test('says when nothing matches in any language', async () => {
    expect(await engine().search('xyzzy')).toMatchObject({ total: 0, fallback: false });
  });

  test('loads the word list only after a first search, then corrects misspellings', async () => {
    const log: string[] = [];
    const e = engine(log);
    const first = await e.search('identifcation');
    expect(first.corrected).toBeUndefined();
    expect(await first.refine).toBe(true);
    expect(log).toContain('/pagefind/en/search-words.json');
    const again = await e.search('identifcation');
    expect(again.corrected).toBe('identification');
    expect(urls(again.groups)).toEqual(['/itin-filers/#what-is-an-itin']);
  });

  test('does not correct a reader’s word that an alias knows', async () => {
    const e = engine();
    expect(await (await e.search('leaking')).refine).toBe(false);
    expect((await e.search('leaking')).corrected).toBeUndefined();
  });

  test('corrects each misspelled word and keeps the rest of the query', () => {
    expect(correctQuery('leaving  identifcation?', vocabulary(['leaving', 'identification']))).toBe(
      'leaving  identification',
    );
  });
});
