/**
 * Sample talks and repositories never pass for the author's work: they are
 * absent from the home page, every feed, the sitemap and the llms files, and
 * wherever they are shown (their lists, their pages, search) they say what
 * they are and how to replace them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSamplePagePaths } from '../../src/lib/content/samplePages';
import { readPage, readText } from '../support/builtSite';
import { distDir } from '../support/staticServer';

const samples = [...(await readSamplePagePaths(join(import.meta.dirname, '../..')))];
const noSamples = samples.length === 0;
if (noSamples) console.warn('No sample talks or repos in content/: the sample checks have nothing to check.');

/** Built files whose name ends with `suffix`, as paths from dist/ (pagefind's own files left out). */
function builtFiles(suffix: string): string[] {
  const entries = readdirSync(distDir(), { recursive: true, encoding: 'utf8' });
  return entries.filter((path) => path.endsWith(suffix) && !path.startsWith('pagefind')).sort();
}

/** Sample page paths a text links to. */
const samplesIn = (text: string) => samples.filter((path) => text.includes(path));

const feeds = builtFiles('.xml').filter((path) => !/^sitemap-/.test(path));
const sitemaps = builtFiles('.xml').filter((path) => /^sitemap-/.test(path));

describe.skipIf(noSamples)('sample entries', () => {
  it('leave the home page', () => {
    expect(samplesIn(readText('index.html'))).toEqual([]);
  });

  it('found the feeds and sitemaps to check', () => {
    expect(feeds).toContain('rss.xml');
    expect(feeds).toContain('changelog.xml');
    expect(sitemaps.length).toBeGreaterThan(1);
  });

  it.each(feeds)('leave the feed %s', (feed) => {
    expect(samplesIn(readText(feed))).toEqual([]);
  });

  it.each(sitemaps)('leave the sitemap %s', (sitemap) => {
    expect(samplesIn(readText(sitemap))).toEqual([]);
  });

  it.each(['llms.txt', 'llms-full.txt'])('leave %s', (file) => {
    expect(samplesIn(readText(file))).toEqual([]);
  });

  it.each(samples)('%s says it is a sample, how to replace it, and asks not to be indexed', (path) => {
    const page = readPage(`${path.slice(1)}index.html`);
    const collection = path.split('/')[1];
    expect(page.querySelector('h1')?.text).toMatch(/Sample/);
    expect(page.querySelector('main')?.text.replace(/\s+/g, ' ')).toContain(`replace it with your own in content/${collection}/`);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const titleMark = page.querySelectorAll('[data-pagefind-meta]').map((el) => el.getAttribute('data-pagefind-meta') ?? '').find((mark) => mark.startsWith('title:'));
    expect(titleMark, 'the search result title names the sample').toMatch(/\(sample\)$/);
  });

  it.each(['talks', 'repos'])('the /%s/ list badges each sample and says how to replace them', (collection) => {
    const list = readPage(`${collection}/index.html`);
    const listed = samples.filter((path) => path.startsWith(`/${collection}/`));
    for (const path of listed) {
      const heading = list.querySelectorAll('main h2').find((h) => h.querySelector(`a[href$="${path}"]`));
      expect(heading?.text, `${path} on /${collection}/`).toMatch(/Sample/);
    }
    if (listed.length > 0) expect(list.querySelector('main')?.text.replace(/\s+/g, ' ')).toContain(`replace it with your own in content/${collection}/`);
  });
});
