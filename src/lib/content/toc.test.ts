import { describe, expect, it } from 'vitest';
import { buildToc } from './toc';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 3, slug: 'intro-detail', text: 'Intro detail' },
      { depth: 2, slug: 'method', text: 'Method' },
      { depth: 3, slug: 'network', text: 'Network' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'mistakes', text: 'Mistakes' },
    ]);
    expect(toc.map((h) => [h.slug, h.children.map((c) => c.slug)])).toEqual([
      ['intro-detail', []],
      ['method', ['network']],
      ['mistakes', []],
    ]);
  });
});
