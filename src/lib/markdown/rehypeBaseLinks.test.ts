import { describe, expect, it } from 'vitest';
import { withBasePath } from './rehypeBaseLinks';

describe('withBasePath', () => {
  it('prefixes root-relative site links with the base', () => {
    expect(withBasePath('/posts/x/', '/blog/')).toBe('/blog/posts/x/');
    expect(withBasePath('/tools/kafka-sizing/#method', '/blog')).toBe('/blog/tools/kafka-sizing/#method');
  });
  it('leaves external, protocol-relative, fragment and already-based links alone', () => {
    expect(withBasePath('https://example.com/x', '/blog/')).toBe('https://example.com/x');
    expect(withBasePath('//cdn.example.com/x', '/blog/')).toBe('//cdn.example.com/x');
    expect(withBasePath('#intro', '/blog/')).toBe('#intro');
    expect(withBasePath('/blog/posts/x/', '/blog/')).toBe('/blog/posts/x/');
  });
  it('changes nothing at the root base', () => {
    expect(withBasePath('/posts/x/', '/')).toBe('/posts/x/');
  });
});
