import { describe, expect, test } from 'vitest';
import { queryFromAddress } from '../../src/browser/search/search-page.ts';

describe('the query a search address carries', () => {
  test('comes from #q= first, then from ?q= (the form without JavaScript)', () => {
    expect(queryFromAddress('https://x.org/search/#q=ITIN', 200)).toBe('ITIN');
    expect(queryFromAddress('https://x.org/search/?q=la%20migra', 200)).toBe('la migra');
    expect(queryFromAddress('https://x.org/search/?q=old#q=new', 200)).toBe('new');
    expect(queryFromAddress('https://x.org/search/', 200)).toBe('');
  });

  test('is cut to the limit, so a linked essay never keeps the page busy', () => {
    expect(queryFromAddress(`https://x.org/search/#q=${'a'.repeat(100_000)}`, 200)).toHaveLength(200);
  });
});
