import { describe, expect, it } from 'vitest';
import { htmlPages, readText } from '../support/builtSite';

const pages = htmlPages();

describe('<head> of every built page', () => {
  it.each(pages)('%s opens with <meta charset> and then the CSP meta', (page) => {
    const html = readText(page);
    const head = /<head>(.*?)<\/head>/s.exec(html)?.[1] ?? '';
    const elements = [...head.matchAll(/<([a-z]+)\b[^>]*>/g)].slice(0, 2).map((match) => match[0]);
    expect(elements[0]).toMatch(/^<meta charset="utf-8"/);
    expect(elements[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
  });

  it.each(pages)('%s keeps its inline JSON free of characters that could close the script', (page) => {
    const html = readText(page);
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(() => JSON.parse(json)).not.toThrow();
    }
  });
});

describe('the CSP lists no hash of empty content', () => {
  const EMPTY_SHA256 = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
  it.each(pages)('%s', (page) => {
    expect(readText(page)).not.toContain(EMPTY_SHA256);
  });
  it('_headers', () => {
    expect(readText('_headers')).toContain('Content-Security-Policy:');
    expect(readText('_headers')).not.toContain(EMPTY_SHA256);
  });
});
