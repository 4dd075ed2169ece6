import { describe, expect, it } from 'vitest';
import { emptySearchState } from './searchState';
import {
  excerptSegments,
  matchesQuery,
  loadHits,
  newestFirstOrder,
  resultSummary,
  searchSite,
  shapeHit,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSearchApi,
  type PagefindSearchOptions,
} from './searchResults';

describe('excerptSegments', () => {
  it('splits marked matches from plain text and decodes entities', () => {
    expect(excerptSegments('Brokers &amp; <mark>partitions</mark>: &lt;b&gt; is &quot;bold&quot;')).toEqual([
      { text: 'Brokers & ', marked: false },
      { text: 'partitions', marked: true },
      { text: ': <b> is "bold"', marked: false },
    ]);
  });

  it('keeps an encoded script tag as text', () => {
    expect(excerptSegments('x &lt;script&gt;alert(1)&lt;/script&gt; y')).toEqual([
      { text: 'x <script>alert(1)</script> y', marked: false },
    ]);
  });

  it('drops any real tag other than mark instead of trusting it', () => {
    expect(excerptSegments('a<img src=x onerror=alert(1)>b <mark>c</mark>')).toEqual([
      { text: 'ab ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('does not decode twice', () => {
    expect(excerptSegments('&amp;lt;')).toEqual([{ text: '&lt;', marked: false }]);
  });
});

const postData: PagefindResultData = {
  url: '/blog/posts/kafka-sizing/',
  excerpt: 'How many <mark>partitions</mark> per broker',
  meta: { title: 'Kafka sizing without the hand-waving', type: 'post', date: '2026-03-05' },
  filters: { type: ['post'], tag: ['sizing', 'kafka'] },
  sub_results: [
    { title: 'Kafka sizing without the hand-waving', url: '/blog/posts/kafka-sizing/', excerpt: 'intro' },
    { title: 'Partitions', url: '/blog/posts/kafka-sizing/#partitions', excerpt: '<mark>Partitions</mark> cap', anchor: { id: 'partitions' } },
    { title: 'Disk', url: '/blog/posts/kafka-sizing/#disk', excerpt: 'd', anchor: { id: 'disk' } },
    { title: 'Network', url: '/blog/posts/kafka-sizing/#network', excerpt: 'n', anchor: { id: 'network' } },
    { title: 'Cost', url: '/blog/posts/kafka-sizing/#cost', excerpt: 'c', anchor: { id: 'cost' } },
  ],
};

describe('shapeHit', () => {
  it('shows type, title, date and at most three section links', () => {
    const hit = shapeHit(postData);
    expect(hit).toMatchObject({
      url: '/blog/posts/kafka-sizing/',
      title: 'Kafka sizing without the hand-waving',
      type: 'post',
      typeLabel: 'Post',
      date: '2026-03-05',
      dateLabel: '5 Mar 2026',
      tags: ['kafka', 'sizing'],
    });
    expect(hit.sections.map((section) => section.url)).toEqual([
      '/blog/posts/kafka-sizing/#partitions',
      '/blog/posts/kafka-sizing/#disk',
      '/blog/posts/kafka-sizing/#network',
    ]);
    expect(hit.sections[0]?.excerpt).toEqual([
      { text: 'Partitions', marked: true },
      { text: ' cap', marked: false },
    ]);
  });

  it('leaves type and date empty when a page has none or they are malformed', () => {
    const hit = shapeHit({ url: '/about/', excerpt: '', meta: { title: 'About', type: 'video', date: '5 March' } });
    expect(hit).toMatchObject({ type: undefined, typeLabel: '', date: '', dateLabel: '', tags: [], sections: [] });
  });

  it('keeps a section link but not its excerpt when it repeats the page excerpt', () => {
    const hit = shapeHit({
      url: '/p/',
      excerpt: 'each <mark>partition</mark> leader',
      meta: { title: 'P' },
      sub_results: [
        { title: 'Three terms', url: '/p/#three', excerpt: 'each <mark>partition</mark> leader', anchor: { id: 'three' } },
        { title: 'Levers', url: '/p/#levers', excerpt: 'every <mark>partition</mark> replica', anchor: { id: 'levers' } },
      ],
    });
    expect(hit.sections.map((section) => [section.title, section.excerpt.length])).toEqual([
      ['Three terms', 0],
      ['Levers', 3],
    ]);
  });

  it('falls back to the URL when a page has no title', () => {
    expect(shapeHit({ url: '/x/', excerpt: '', meta: { title: '  ' } }).title).toBe('/x/');
  });
});

describe('newestFirstOrder', () => {
  it('puts undated results after the dated ones, in relevance order', () => {
    const r = (id: string) => ({ id });
    expect(newestFirstOrder([r('new'), r('old')], [r('tool'), r('old'), r('about'), r('new')]).map((x) => x.id)).toEqual([
      'new',
      'old',
      'tool',
      'about',
    ]);
  });
});

function fakeResult(id: string, data: Partial<PagefindResultData> = {}): PagefindResult {
  return { id, data: async () => ({ url: `/${id}/`, excerpt: '', meta: { title: id }, ...data }) };
}

/** A Pagefind stand-in that records each call and answers from fixed lists. */
function fakeApi(relevance: string[], byDate: string[], samples: string[] = []) {
  const calls: Array<{ term: string | null; options?: PagefindSearchOptions }> = [];
  const api: PagefindSearchApi = {
    async search(term, options) {
      calls.push({ term, options });
      const ids = options?.sort ? byDate : options?.filters?.sample ? relevance.filter((id) => samples.includes(id)) : relevance;
      return { results: ids.map((id) => fakeResult(id)) };
    },
    async filters() {
      return {};
    },
  };
  return { api, calls };
}

describe('searchSite', () => {
  it('does not call Pagefind when there is nothing to search', async () => {
    const { api, calls } = fakeApi(['a'], []);
    expect(await searchSite(api, { ...emptySearchState, q: '   ' })).toEqual({ results: [], term: '' });
    expect(calls).toEqual([]);
  });

  it('searches the cleaned term with the filters that are set', async () => {
    const { api, calls } = fakeApi(['a', 'b'], []);
    const found = await searchSite(api, { q: '  consumer   lag ', type: 'talk', tag: '', sort: 'relevance' });
    expect(found.term).toBe('consumer lag');
    expect(found.results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(calls[0]).toEqual({ term: 'consumer lag', options: { filters: { type: 'talk' } } });
  });

  it('lists sample entries after every real page, each in relevance order', async () => {
    const { api, calls } = fakeApi(['s1', 'a', 's2', 'b'], [], ['s1', 's2']);
    const found = await searchSite(api, { ...emptySearchState, q: 'kafka', type: 'talk' });
    expect(found.results.map((r) => r.id)).toEqual(['a', 'b', 's1', 's2']);
    expect(calls[1]).toEqual({ term: 'kafka', options: { filters: { type: 'talk', sample: 'yes' } } });
  });

  it('browses by filter with a null term', async () => {
    const { api, calls } = fakeApi(['t1'], []);
    await searchSite(api, { ...emptySearchState, type: 'talk' });
    expect(calls[0]?.term).toBeNull();
  });

  it('sorts newest first and keeps undated pages at the end', async () => {
    const { api, calls } = fakeApi(['about', 'old', 'new'], ['new', 'old']);
    const found = await searchSite(api, { ...emptySearchState, q: 'kafka', sort: 'date' });
    expect(found.results.map((r) => r.id)).toEqual(['new', 'old', 'about']);
    expect(calls[1]).toEqual({ term: 'kafka', options: { filters: {}, sort: { date: 'desc' } } });
  });
});

describe('loadHits', () => {
  it('loads only the requested slice', async () => {
    let loaded = 0;
    const results = ['a', 'b', 'c'].map((id) => ({
      id,
      data: async () => {
        loaded += 1;
        return { url: `/${id}/`, excerpt: '', meta: { title: id } };
      },
    }));
    expect((await loadHits(results, 1, 3)).map((hit) => hit.title)).toEqual(['b', 'c']);
    expect(loaded).toBe(2);
  });
});

describe('resultSummary', () => {
  it('counts results and repeats the cleaned query', () => {
    expect(resultSummary(1, { ...emptySearchState, q: ' lag ' })).toBe('1 result for “lag”.');
    expect(resultSummary(12, { ...emptySearchState, q: 'kafka', type: 'talk', tag: 'cost' })).toBe(
      '12 results for “kafka” among talks tagged #cost.',
    );
  });

  it('says plainly when nothing matched', () => {
    expect(resultSummary(0, { ...emptySearchState, q: 'zzzz' })).toBe('No results for “zzzz”.');
    expect(resultSummary(0, { ...emptySearchState, type: 'repo' })).toBe('No results among repos.');
  });
});

describe('matchesQuery', () => {
  const hitMarking = (...words: string[]) =>
    shapeHit({ url: '/p/', excerpt: words.map((word) => `x <mark>${word}</mark> y`).join(' '), meta: { title: 'P' } });

  it('accepts highlighted words that start like a query word', () => {
    expect(matchesQuery(hitMarking('partitions'), 'partit')).toBe(true);
    expect(matchesQuery(hitMarking('Partitioning'), 'kafka partitions')).toBe(true);
    expect(matchesQuery(hitMarking('brokers'), 'broker')).toBe(true);
    expect(matchesQuery(hitMarking('about'), 'ab')).toBe(true);
  });

  it('rejects a hit Pagefind found through a short stand-in prefix', () => {
    expect(matchesQuery(hitMarking('q'), 'qzxvbnmwpl')).toBe(false);
    expect(matchesQuery(hitMarking('nonsense', 'north'), 'nonexistentword')).toBe(false);
  });

  it('gives a hit without highlights (a title match) the benefit of the doubt', () => {
    expect(matchesQuery(hitMarking(), 'anything')).toBe(true);
  });

  it('reads highlights in section excerpts too', () => {
    const hit = shapeHit({
      url: '/p/',
      excerpt: 'plain',
      meta: { title: 'P' },
      sub_results: [{ title: 'S', url: '/p/#s', excerpt: '<mark>retention</mark>', anchor: { id: 's' } }],
    });
    expect(matchesQuery(hit, 'retention')).toBe(true);
  });
});
