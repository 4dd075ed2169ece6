import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSamplePage, readSamplePagePaths, samplePagePaths } from './samplePages';

const entry = (fields: string) => `---\n${fields}\n---\nBody.\n`;

describe('samplePagePaths', () => {
  it('lists the talks and repos marked sample, by their page path', () => {
    const paths = samplePagePaths([
      { path: 'content/talks/Stand In.md', text: entry('title: T\nsample: true') },
      { path: 'content/talks/real.md', text: entry('title: R') },
      { path: 'content/repos/tool.md', text: entry('name: tool\nsample: true') },
      { path: 'content/posts/post.mdx', text: entry('title: P\nsample: true') },
    ]);
    expect([...paths]).toEqual(['/talks/stand-in/', '/repos/tool/']);
  });

  it('names the file when its frontmatter is broken', () => {
    expect(() => samplePagePaths([{ path: 'content/talks/x.md', text: 'no frontmatter' }])).toThrow('content/talks/x.md:1');
  });
});

describe('readSamplePagePaths', () => {
  it('reads the content folders under a root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'samples-'));
    mkdirSync(join(root, 'content/repos'), { recursive: true });
    writeFileSync(join(root, 'content/repos/demo.md'), entry('name: demo\nsample: true'));
    writeFileSync(join(root, 'content/repos/mine.md'), entry('name: mine\nsample: false'));
    expect([...(await readSamplePagePaths(root))]).toEqual(['/repos/demo/']);
  });
});

describe('isSamplePage', () => {
  const samples = new Set(['/talks/demo/']);

  it('matches with or without a base path and trailing slash', () => {
    expect(isSamplePage('https://example.com/talks/demo/', samples, '/')).toBe(true);
    expect(isSamplePage('https://example.com/blog/talks/demo', samples, '/blog/')).toBe(true);
  });

  it('leaves other pages, including the talks list, in', () => {
    expect(isSamplePage('https://example.com/talks/', samples, '/')).toBe(false);
    expect(isSamplePage('https://example.com/talks/real/', samples, '/')).toBe(false);
  });
});
