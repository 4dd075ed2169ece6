import { describe, expect, it } from 'vitest';
import { contentTypeFor, isCompressible } from './mediaTypes';

describe('media types', () => {
  it('types the files an Astro build writes and sends the rest as bytes', () => {
    expect(contentTypeFor('posts/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('_astro/a.B1.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
  });

  it('compresses text, JSON, XML, SVG and WebAssembly only', () => {
    for (const file of ['a.html', 'a.css', 'a.js', 'a.json', 'a.xml', 'a.svg', 'a.wasm', 'a.txt']) expect(isCompressible(contentTypeFor(file)), file).toBe(true);
    for (const file of ['a.png', 'a.woff2', 'a.pf_fragment']) expect(isCompressible(contentTypeFor(file)), file).toBe(false);
  });
});
