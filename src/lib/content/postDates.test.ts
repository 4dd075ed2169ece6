import { describe, expect, it } from 'vitest';
import { datesBeforeFirstCommit, forwardLinks, linkedPostIds } from './postDates';

describe('linkedPostIds', () => {
  it('finds Markdown and HTML links to posts, each once, and skips list pages', () => {
    const body = 'See [a](/posts/a/) and [a again](/posts/a/#part), <a href="/posts/b">b</a>, [page 2](/posts/2/) and [tools](/tools/x/).';
    expect(linkedPostIds(body)).toEqual(['a', 'b']);
  });
});

describe('forwardLinks', () => {
  const posts = [
    { id: 'old', pubDate: '2026-11-24', body: 'Next: [new](/posts/new/), and [same day](/posts/twin/).' },
    { id: 'twin', pubDate: '2026-11-24', body: '' },
    { id: 'new', pubDate: '2026-12-04', body: 'Back to [old](/posts/old/).' },
  ];

  it('names each link to a post published later', () => {
    expect(forwardLinks(posts)).toEqual(['old (2026-11-24) links to new, published later (2026-12-04)']);
  });

  it('allows links back in time, to the same day and to unknown posts', () => {
    expect(forwardLinks(posts.slice(1))).toEqual([]);
    expect(forwardLinks([{ id: 'x', pubDate: '2026-01-01', body: '[gone](/posts/gone/)' }])).toEqual([]);
  });
});

describe('datesBeforeFirstCommit', () => {
  const commits: Record<string, string> = { early: '2026-11-24', fine: '2026-11-24' };
  const firstCommit = (id: string) => commits[id];

  it('names a post dated before its first commit', () => {
    const posts = [
      { id: 'early', pubDate: '2026-09-08', body: '' },
      { id: 'fine', pubDate: '2026-11-24', body: '' },
    ];
    expect(datesBeforeFirstCommit(posts, firstCommit, '2026-12-04')).toEqual([
      "early: pubDate 2026-09-08 is before the file's first commit on 2026-11-24",
    ]);
  });

  it('takes today as the first day of a file not yet committed', () => {
    const posts = [
      { id: 'draft', pubDate: '2026-12-03', body: '' },
      { id: 'today', pubDate: '2026-12-04', body: '' },
    ];
    expect(datesBeforeFirstCommit(posts, firstCommit, '2026-12-04')).toEqual([
      "draft: pubDate 2026-12-03 is before the file's first commit on 2026-12-04",
    ]);
  });
});
