import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFileProblems, parseHeadersFile } from '../../src/lib/hosting/headersFile';
import { distDir } from '../support/staticServer';

describe('dist/_headers', () => {
  const text = readFileSync(join(distDir(), '_headers'), 'utf8');

  it('has only lines Cloudflare Pages and Netlify accept (patterns, header names, line length, no repeats, ≤ 100 rules)', () => {
    expect(headersFileProblems(text)).toEqual([]);
  });

  it('gives every path its headers in one "/*" rule', () => {
    const rules = parseHeadersFile(text);
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*']);
    expect(rules[0]?.headers.map((header) => header.name)).toContain('Content-Security-Policy');
  });
});
