import { describe, expect, it } from 'vitest';
import { headersFileProblems, headersFor, MAX_LINE_LENGTH, parseHeadersFile, patternMatches } from './headersFile';

const url = (path: string, host = 'site.example') => new URL(path, `https://${host}`);

describe('parseHeadersFile', () => {
  it('reads rule blocks with their indented headers, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# security\n/*\n  X-A: 1\n\n/posts/*\n  X-B: b: c\n');
    expect(rules).toEqual([
      { pattern: '/*', line: 2, headers: [{ name: 'X-A', value: '1', line: 3 }] },
      { pattern: '/posts/*', line: 5, headers: [{ name: 'X-B', value: 'b: c', line: 6 }] },
    ]);
  });

  it('names the line of a header before any pattern and of an indented line with no colon', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow('_headers line 1: header "X-A" comes before any URL pattern line');
    expect(() => parseHeadersFile('/*\n  nonsense\n')).toThrow('_headers line 2: an indented line must be "Name: value"');
  });
});

describe('patternMatches', () => {
  it('matches a splat across segments and a placeholder within one', () => {
    expect(patternMatches('/*', url('/'))).toBe(true);
    expect(patternMatches('/posts/*', url('/posts/a/b/'))).toBe(true);
    expect(patternMatches('/posts/*', url('/postsx'))).toBe(false);
    expect(patternMatches('/tags/:tag/', url('/tags/kafka/'))).toBe(true);
    expect(patternMatches('/tags/:tag/', url('/tags/a/b/'))).toBe(false);
    expect(patternMatches('/a.b', url('/aXb'))).toBe(false);
  });

  it('matches a full-URL pattern on host and path, ignoring the protocol', () => {
    expect(patternMatches('https://:sub.example.com/*', new URL('http://blog.example.com:8080/x'))).toBe(true);
    expect(patternMatches('https://example.com/*', url('/x'))).toBe(false);
  });
});

describe('headersFor', () => {
  it('gathers the headers of every matching rule and joins a repeated one with ", "', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  Cache-Control: public\n/posts/*\n  cache-control: max-age=60\n/tools/*\n  X-C: 3\n');
    expect([...headersFor(rules, url('/posts/x/'))]).toEqual([
      ['X-A', '1'],
      ['Cache-Control', 'public, max-age=60'],
    ]);
  });
});

describe('headersFileProblems', () => {
  it('accepts a well-formed file', () => {
    expect(headersFileProblems('# c\n/*\n  X-A: 1\nhttps://example.com/*\n  X-A: 2\n')).toEqual([]);
  });

  it('reports bad patterns, header names, duplicates, long lines and stray lines with their line numbers', () => {
    const text = [
      '  X-Early: 1',
      'posts/*',
      '  Bad Name: 1',
      '  X-A: 1',
      '  x-a: 2',
      'http://example.com/*',
      `  X-Long: ${'a'.repeat(MAX_LINE_LENGTH)}`,
      'https://example.com:8443/*',
      '  no colon',
    ].join('\n');
    expect(headersFileProblems(text)).toEqual([
      'line 1: header "X-Early" comes before any URL pattern line',
      'line 2: URL pattern "posts/*" must start with "/" or be a full https:// URL with a path (no port)',
      'line 3: "Bad Name" is not a valid header name',
      'line 5: "x-a" is set twice in one rule',
      'line 6: URL pattern "http://example.com/*" must start with "/" or be a full https:// URL with a path (no port)',
      `line 7: ${MAX_LINE_LENGTH + 10} characters, over the ${MAX_LINE_LENGTH}-character limit`,
      'line 8: URL pattern "https://example.com:8443/*" must start with "/" or be a full https:// URL with a path (no port)',
      'line 9: an indented line must be "Name: value", found "no colon"',
    ]);
  });

  it('allows the same header in different rules and reports more than 100 rules', () => {
    const rules = Array.from({ length: 101 }, (_, i) => `/p${i}\n  X-A: 1`).join('\n');
    expect(headersFileProblems(rules)).toEqual(['101 rules, over Cloudflare Pages\' limit of 100']);
  });
});
