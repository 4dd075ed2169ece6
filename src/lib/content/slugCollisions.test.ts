import { describe, expect, it } from 'vitest';
import { entryId, findSlugCollisions, formatSlugCollision } from './slugCollisions';

describe('entryId', () => {
  it('drops a trailing /index, like Astro ids', () => {
    expect(entryId('content/posts/series/index.md')).toBe('series');
    expect(entryId('content/posts/index.md')).toBe('index');
  });
});

describe('findSlugCollisions', () => {
  it('finds files of one collection that slug to the same id, naming both', () => {
    const paths = ['content/posts/foo.md', 'content/posts/foo.mdx', 'content/posts/Foo Bar.md', 'content/posts/foo-bar.md', 'content/posts/x/index.md', 'content/posts/x.md'];
    expect(findSlugCollisions(paths).map(formatSlugCollision)).toEqual([
      'content/posts/foo.mdx and content/posts/foo.md both get the URL /posts/foo/: rename one',
      'content/posts/foo-bar.md and content/posts/Foo Bar.md both get the URL /posts/foo-bar/: rename one',
      'content/posts/x.md and content/posts/x/index.md both get the URL /posts/x/: rename one',
    ]);
  });

  it('allows the same name in different collections and ignores files outside them', () => {
    expect(findSlugCollisions(['content/posts/a.md', 'content/talks/a.md', 'content/other/a.md', 'content/other/a.mdx'])).toEqual([]);
  });
});

describe('entryId follows Astro’s github-slugger ids', () => {
  it.each([
    ['content/posts/foo_bar.md', 'foo_bar'],
    ['content/posts/foo.bar.mdx', 'foobar'],
    ['content/posts/Foo Bar.md', 'foo-bar'],
    ['content/talks/2026/index.md', '2026'],
  ])('%s → %s', (path, id) => {
    expect(entryId(path)).toBe(id);
  });

  it('finds foo.bar.md and foobar.md colliding, and keeps foo_bar.md apart from foo-bar.md', () => {
    expect(findSlugCollisions(['content/posts/foo.bar.md', 'content/posts/foobar.md'])).toHaveLength(1);
    expect(findSlugCollisions(['content/posts/foo_bar.md', 'content/posts/foo-bar.md'])).toEqual([]);
  });
});
