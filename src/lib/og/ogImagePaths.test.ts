import { describe, expect, it } from 'vitest';
import { ogImagePath, toolSlugFromPathname } from './ogImagePaths';

const slugs = ['kafka-sizing', 'ai-rework-cost'];

describe('ogImagePath', () => {
  it('puts each section under /og/', () => {
    expect(ogImagePath('posts', 'my-post')).toBe('/og/posts/my-post.png');
    expect(ogImagePath('tools', 'kafka-sizing')).toBe('/og/tools/kafka-sizing.png');
  });
});

describe('toolSlugFromPathname', () => {
  it('finds the slug of a tool page at the root and under a base path', () => {
    expect(toolSlugFromPathname('/tools/kafka-sizing/', '/', slugs)).toBe('kafka-sizing');
    expect(toolSlugFromPathname('/tools/kafka-sizing', '/', slugs)).toBe('kafka-sizing');
    expect(toolSlugFromPathname('/blog/tools/ai-rework-cost/', '/blog/', slugs)).toBe('ai-rework-cost');
    expect(toolSlugFromPathname('/blog/tools/ai-rework-cost/', '/blog', slugs)).toBe('ai-rework-cost');
  });

  it('gives nothing for the index, unknown tools, deeper paths and other bases', () => {
    expect(toolSlugFromPathname('/tools/', '/', slugs)).toBeUndefined();
    expect(toolSlugFromPathname('/tools/nope/', '/', slugs)).toBeUndefined();
    expect(toolSlugFromPathname('/tools/kafka-sizing/embed/', '/', slugs)).toBeUndefined();
    expect(toolSlugFromPathname('/posts/kafka-sizing/', '/', slugs)).toBeUndefined();
    expect(toolSlugFromPathname('/tools/kafka-sizing/', '/blog/', slugs)).toBeUndefined();
  });
});
