/**
 * The changelog page and its feed list every entry of content/changelog.yaml,
 * and every post an entry names exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { postSlugsFromContent, readPage, readText } from '../support/builtSite';

interface Entry {
  id: string;
  posts?: string[];
}

const entries = parseYaml(readFileSync(join(import.meta.dirname, '../../content/changelog.yaml'), 'utf8')) as Entry[];
const { published, drafts } = postSlugsFromContent();

describe('changelog', () => {
  const page = readPage('changelog/index.html');
  const feed = new XMLParser().parse(readText('changelog.xml'));
  const items: Array<{ link: string }> = [feed.rss.channel.item].flat();

  it('has entries, so the checks mean something', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('shows every entry on the page, each once', () => {
    const listed = page.querySelectorAll('[data-changelog] > li').map((li) => li.id);
    expect([...listed].sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('carries every entry in the feed, each linking to its place on the page', () => {
    const anchors = items.map((item) => new URL(item.link).hash.slice(1));
    expect([...anchors].sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it.each(entries)('$id names only posts that exist, and links the published ones', (entry) => {
    for (const post of entry.posts ?? []) {
      expect([...published, ...drafts], `${entry.id} names ${post}`).toContain(post);
      if (published.includes(post)) {
        expect(existsSync(join(import.meta.dirname, '../../content/posts', `${post}.mdx`))).toBe(true);
        expect(page.querySelector(`li[id="${entry.id}"] a[href$="/posts/${post}/"]`), `${entry.id} links ${post}`).not.toBeNull();
      }
    }
  });

  it('is announced as a feed on its page', () => {
    expect(page.querySelector('link[rel="alternate"][type="application/rss+xml"][href$="/changelog.xml"]')).not.toBeNull();
  });
});
