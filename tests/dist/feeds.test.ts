import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { postSlugsFromContent, readText } from '../support/builtSite';
import { distDir } from '../support/staticServer';

const { published, drafts } = postSlugsFromContent();
const postSlug = (url: string) => new URL(url).pathname.match(/\/posts\/([^/]+)\/$/)?.[1];
const xml = new XMLParser({ ignoreAttributes: false });

describe('RSS feed', () => {
  const feed = xml.parse(readText('rss.xml'));
  const items: Array<{ link: string; title: string; description: string; 'content:encoded'?: string }> = [
    feed.rss.channel.item,
  ].flat();

  it('lists exactly the published posts', () => {
    expect(items.map((i) => postSlug(i.link)).sort()).toEqual(published);
  });

  it('carries each post in full, with words still separated', () => {
    for (const item of items) {
      expect(item['content:encoded']?.length ?? 0).toBeGreaterThan(2000);
      expect(item['content:encoded']).not.toMatch(/<\/a><a /);
    }
  });
});

describe('sitemap', () => {
  const index = xml.parse(readText('sitemap-index.xml'));
  const sitemaps: string[] = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
  const urls = sitemaps.flatMap((path) => {
    const file = path.replace(/^.*\/(sitemap-\d+\.xml)$/, '$1');
    return [xml.parse(readText(file)).urlset.url].flat().map((u: { loc: string }) => u.loc);
  });

  it('lists exactly the published posts among its post URLs', () => {
    expect(urls.map(postSlug).filter(Boolean).sort()).toEqual(published);
  });

  it('is named in robots.txt', () => {
    expect(readText('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('drafts', () => {
  it('exist in the content, so this check means something', () => {
    expect(drafts.length).toBeGreaterThan(0);
  });

  it.each(drafts)('%s is not built, fed or mapped', (slug) => {
    expect(existsSync(join(distDir(), 'posts', slug))).toBe(false);
    expect(readText('rss.xml')).not.toContain(`/posts/${slug}/`);
    expect(readText('posts/index.html')).not.toContain(`/posts/${slug}/`);
  });
});
