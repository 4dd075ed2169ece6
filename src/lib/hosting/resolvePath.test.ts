import { describe, expect, it } from 'vitest';
import { basePrefix, resolvePath } from './resolvePath';

const files = new Set(['index.html', '404.html', 'posts/index.html', 'posts/a b/index.html', 'rss.xml', 'about.html', '_headers']);
const isFile = (relative: string) => files.has(relative);

describe('basePrefix', () => {
  it.each([
    ['/', ''],
    ['', ''],
    ['/blog/', '/blog'],
    ['blog', '/blog'],
    ['/a/b/', '/a/b'],
  ])('%j → %j', (base, prefix) => expect(basePrefix(base)).toBe(prefix));
});

describe('resolvePath', () => {
  it('serves directory pages at "/x/" and redirects "/x" there', () => {
    expect(resolvePath('/', '', isFile)).toEqual({ kind: 'file', file: 'index.html' });
    expect(resolvePath('/posts/', '', isFile)).toEqual({ kind: 'file', file: 'posts/index.html' });
    expect(resolvePath('/posts', '', isFile)).toEqual({ kind: 'redirect', location: '/posts/' });
    expect(resolvePath('/posts/a%20b/', '', isFile)).toEqual({ kind: 'file', file: 'posts/a b/index.html' });
  });

  it('serves files as they are and "/x" from x.html', () => {
    expect(resolvePath('/rss.xml', '', isFile)).toEqual({ kind: 'file', file: 'rss.xml' });
    expect(resolvePath('/about', '', isFile)).toEqual({ kind: 'file', file: 'about.html' });
  });

  it('answers not found for missing files, "/file/", traversal, bad escapes and the host files', () => {
    for (const path of ['/missing', '/missing/', '/rss.xml/', '/../etc/passwd', '/posts/%2e%2e/%2e%2e/x', '/%E0%A4%A', '/_headers']) {
      expect(resolvePath(path, '', isFile), path).toEqual({ kind: 'notFound' });
    }
  });

  it('serves only under the base path, and redirects the bare base to "/base/"', () => {
    expect(resolvePath('/blog/posts/', '/blog', isFile)).toEqual({ kind: 'file', file: 'posts/index.html' });
    expect(resolvePath('/blog/posts', '/blog', isFile)).toEqual({ kind: 'redirect', location: '/blog/posts/' });
    expect(resolvePath('/blog', '/blog', isFile)).toEqual({ kind: 'redirect', location: '/blog/' });
    expect(resolvePath('/posts/', '/blog', isFile)).toEqual({ kind: 'notFound' });
    expect(resolvePath('/blogx/', '/blog', isFile)).toEqual({ kind: 'notFound' });
  });
});
