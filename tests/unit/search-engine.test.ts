import { describe, expect, test } from 'vitest';
import {
  SearchEngine,
  FIRST,
  PAGE_SIZE,
  correctQuery,
  type BundleHit,
  type SearchBundle,
  type SearchIO,
} from '../../src/browser/search/engine.ts';
import { findCitations } from '../../src/legal-citation.ts';
import { indexKey, loadStemmer, textKeys, vocabularyKey } from '../../src/browser/search/words.ts';
import { vocabularyFiles } from '../../src/build/search/vocabulary.ts';
import type { SearchData } from '../../src/browser/search/search-data.ts';

/** A section of a pretend index. */
interface Doc {
  url: string;
  heading: string;
  page: string;
  text: string;
  /** Reader questions, searched like the text but never marked in it. */
  questions?: string;
}

/**
 * A pretend Pagefind: keeps sections that contain every word (a word matches the words it starts),
 * scored by how often they occur; like Pagefind, a word that starts nothing falls back to its longest
 * start that does, so a test can see that the engine never lets that happen.
 */
function bundle(docs: Doc[], log: string[]): SearchBundle {
  const keysOf = (doc: Doc) => textKeys(`${doc.heading} ${doc.text} ${doc.questions ?? ''}`);
  const all = docs.flatMap(keysOf);
  const fallback = (w: string) => {
    for (let n = w.length; n > 0; n -= 1) if (all.some((k) => k.startsWith(w.slice(0, n)))) return w.slice(0, n);
    return w;
  };
  return {
    async search(text) {
      log.push(`search:${text}`);
      const words = textKeys(text).map(fallback);
      return docs.flatMap((doc, i): BundleHit[] => {
        const body = keysOf(doc);
        if (!words.every((w) => body.some((b) => b.startsWith(w)))) return [];
        const score = words.reduce((n, w) => n + body.filter((b) => b.startsWith(w)).length, 0);
        const excerpt = doc.text
          .split(' ')
          .map((t) => (words.some((w) => indexKey(t).startsWith(w)) ? `<mark>${t}</mark>` : t))
          .join(' ');
        return [
          {
            id: String(i),
            score,
            data: async () => ({
              url: doc.url,
              excerpt,
              meta: { title: doc.heading, page: doc.page, questions: doc.questions },
            }),
          },
        ];
      });
    },
  };
}

const english: Doc[] = [
  {
    url: '/itin-filers/#what-is-an-itin',
    heading: 'What is an ITIN?',
    page: 'ITIN filers',
    text: 'An individual taxpayer identification number is a tax number for immigrants',
  },
  {
    url: '/section-6103/#who-may-ask',
    heading: 'Who may ask?',
    page: 'Section 6103',
    text: 'The head of any federal agency may ask',
  },
  {
    url: '/itin-filers/#should-i-still-file',
    heading: 'Should I still file?',
    page: 'ITIN filers',
    text: 'We cannot tell you what to do',
    questions: 'Will they deport me if I file? · Is it safe?',
  },
  {
    url: '/law/6103/#i-2',
    heading: 'Disclosure of return information',
    page: 'The law',
    text: 'shall disclose return information as the law says',
  },
  ...Array.from({ length: PAGE_SIZE + 2 }, (_, n) => ({
    url: `/history/#part-${n}`,
    heading: `Part ${n}`,
    page: 'History',
    text: `Nixon and the IRS, part ${n}`,
  })),
];
const spanish: Doc[] = [
  {
    url: '/es/itin-filers/#que-es',
    heading: '¿Qué es un ITIN?',
    page: 'ITIN',
    text: 'Un número de identificación fiscal',
  },
];

const data = (lang: string, others: string[] = []): SearchData => ({
  lang,
  label: lang === 'es' ? 'Español' : 'English',
  bundle: `/pagefind/${lang}/`,
  vocabulary: `/pagefind/${lang}/words/`,
  lists: [...'abcdefghijklmnopqrstuvwxyz0123456789_'],
  aliases: lang === 'en' ? [['ITIN', 'individual taxpayer identification number']] : [],
  stopWords: lang === 'en' ? ['the', 'my', 'is', 'what', 'an', 'of'] : ['de', 'un', 'mis'],
  foreignStopWords: lang === 'en' ? ['mis', 'los'] : [],
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
  uncovered: lang === 'en' ? [{ topic: 'asylum', forms: ['asylum'], see: [] }] : [],
  topics: [{ label: 'ITIN filers', url: '/itin-filers/', kind: 'article' }],
  others: others.map((o) => ({ lang: o, data: `/pagefind/${o}/search-data.json`, bundle: `/pagefind/${o}/` })),
});

async function io(log: string[] = []): Promise<SearchIO> {
  const lists = async (docs: Doc[], lang: string) =>
    vocabularyFiles(
      docs.flatMap((d) => [d.heading, d.text, d.questions ?? '']),
      await loadStemmer(lang),
    );
  const en = await lists(english, 'en');
  const es = await lists(spanish, 'es');
  return {
    async loadData(url) {
      log.push(url);
      return url.includes('/es/') ? data('es', ['en']) : data('en', ['es']);
    },
    async loadList(url) {
      log.push(url);
      const key = url.replace(/^.*\/(.+)\.json$/, '$1');
      return (url.includes('/es/') ? es : en).get(key) ?? { words: '', stems: '' };
    },
    async openBundle(path) {
      log.push(path);
      return bundle(path.includes('/es/') ? spanish : english, log);
    },
    loadStemmer,
  };
}

const engine = async (log?: string[]) =>
  new SearchEngine({ data: '/pagefind/en/search-data.json', bundle: '/pagefind/en/', lang: 'en' }, await io(log));
const urls = (groups: { sections: { url: string }[] }[]) => groups.flatMap((g) => g.sections.map((s) => s.url));

describe('the search engine', () => {
  test('finds sections through an alias and groups them by page', async () => {
    const outcome = await (await engine()).search('individual taxpayer identification number');
    expect(urls(outcome.groups)).toEqual(['/itin-filers/#what-is-an-itin']);
    expect(outcome).toMatchObject({ lang: 'en', fallback: false, total: 1, missing: [] });
    expect(outcome.groups[0].sections[0].href).toContain('#what-is-an-itin:~:text=');
  });

  test('puts the target of a typed citation first and labels it', async () => {
    const outcome = await (await engine()).search('(i)(2)');
    expect(outcome.groups[0].sections[0]).toMatchObject({ url: '/law/6103/#i-2', cite: '§ 6103(i)(2)' });
  });

  test('opens only the page language’s index until it finds nothing', async () => {
    const log: string[] = [];
    await (await engine(log)).search('agency');
    expect(log.filter((l) => l.includes('/es/'))).toEqual([]);
  });

  test('when the page’s language finds nothing, offers the other language’s results, labelled', async () => {
    const outcome = await (await engine()).search('identificación fiscal');
    expect(outcome).toMatchObject({ fallback: true, lang: 'es', label: 'Español' });
    if (outcome.next) expect(await outcome.next).toMatchObject({ fallback: true });
    expect(urls(outcome.groups)).toEqual(['/es/itin-filers/#que-es']);
  });

  test('a word no page has gets no results, not results for a shorter word, and Pagefind is not asked', async () => {
    const log: string[] = [];
    const outcome = await (await engine(log)).search('asylum');
    expect(outcome).toMatchObject({ total: 0, missing: ['asylum'], uncovered: { topic: 'asylum' } });
    expect(outcome.topics.map((t) => t.url)).toEqual(['/itin-filers/']);
    expect(log.filter((l) => l.startsWith('search:'))).toEqual([]);
  });

  test('only the word being typed may be the start of a longer word', async () => {
    const e = await engine();
    expect((await e.search('federal ag')).total).toBe(1);
    expect(await e.search('ag federal')).toMatchObject({ total: 0, missing: ['ag'] });
  });

  test('corrects a misspelled word into the site’s word and says so', async () => {
    const outcome = await (await engine()).search('federl agency');
    expect(outcome.corrected).toBe('federal agency');
    expect(urls(outcome.groups)).toEqual(['/section-6103/#who-may-ask']);
  });

  test('does not “correct” the words of a query in another language', async () => {
    const outcome = await (await engine()).search('mis datos');
    expect(outcome).toMatchObject({ total: 0, corrected: undefined });
  });

  test('returns every section with a name: the first ones, then all of them', async () => {
    const first = await (await engine()).search('Nixon');
    expect(first).toMatchObject({ total: PAGE_SIZE + 2, shown: FIRST });
    const outcome = (await first.next)!;
    expect(outcome).toMatchObject({ total: PAGE_SIZE + 2, shown: PAGE_SIZE });
    const all = await outcome.more!();
    expect(all).toMatchObject({ total: PAGE_SIZE + 2, shown: PAGE_SIZE + 2 });
    expect(all.more).toBeUndefined();
  });

  test('finds a section by the reader questions it answers, and says which one', async () => {
    const outcome = await (await engine()).search('will they deport me');
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ total: 1 });
    expect(outcome.groups[0].sections[0]).toMatchObject({
      url: '/itin-filers/#should-i-still-file',
      answers: 'Will they deport me if I file?',
    });
  });

  test('corrects each misspelled word and keeps the rest of the query', () => {
    expect(correctQuery('leaving  identifcation?', new Map([['identifcation?', 'identification']]))).toBe(
      'leaving  identification',
    );
    expect(vocabularyKey(indexKey('6103(i)(2)'))).toBe('6');
    expect(vocabularyKey(indexKey('$10,000'))).toBe('_');
  });
});
