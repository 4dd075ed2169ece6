import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readPage } from '../support/builtSite';

interface Part {
  slug: string;
  series: string;
  seriesPart?: number;
  pubDate: Date;
}

/** Published posts that belong to a series, straight from the frontmatter. */
function seriesPostsFromContent(): Part[] {
  const folder = join(import.meta.dirname, '../../content/posts');
  return readdirSync(folder).flatMap((file) => {
    const match = file.match(/^([^_].*)\.mdx?$/);
    if (!match) return [];
    const data = parseYaml(readFileSync(join(folder, file), 'utf8').split(/^---\s*$/m)[1] ?? '') as {
      draft?: boolean;
      series?: string;
      seriesPart?: number;
      pubDate: string;
    };
    return data.series && !data.draft ? [{ slug: match[1], series: data.series, seriesPart: data.seriesPart, pubDate: new Date(data.pubDate) }] : [];
  });
}

const bySeries = new Map<string, Part[]>();
for (const part of seriesPostsFromContent()) bySeries.set(part.series, [...(bySeries.get(part.series) ?? []), part]);
// Reading order: part number, then date.
for (const parts of bySeries.values()) {
  parts.sort((a, b) => (a.seriesPart ?? Infinity) - (b.seriesPart ?? Infinity) || a.pubDate.getTime() - b.pubDate.getTime());
}
const series = [...bySeries.entries()];
const postSlugOf = (href: string | undefined) => href?.match(/\/posts\/([^/]+)\/$/)?.[1];

describe('series', () => {
  it('exist in the content, so these checks mean something', () => {
    expect(series.length).toBeGreaterThan(0);
    expect(series.some(([, parts]) => parts.length >= 3)).toBe(true);
  });

  it.each(series)('the "%s" page lists its parts in reading order', (name, parts) => {
    const index = readPage('series/index.html');
    const link = index.querySelectorAll('a').find((a) => a.text.trim() === name);
    expect(link, `series index links "${name}"`).toBeDefined();
    const path = (link?.getAttribute('href') ?? '').replace(/^.*\/(series\/[^/]+\/)$/, '$1');
    const page = readPage(`${path}index.html`);
    expect(page.querySelector('h1')?.text.trim()).toBe(name);
    const listed = page.querySelectorAll('[data-series-parts] h2 a').map((a) => postSlugOf(a.getAttribute('href')));
    expect(listed).toEqual(parts.map((p) => p.slug));
  });

  it.each(series)('each article of "%s" shows the parts, marks itself and links its neighbours', (name, parts) => {
    parts.forEach((part, i) => {
      const nav = readPage(`posts/${part.slug}/index.html`).querySelector('nav.series-nav');
      expect(nav, part.slug).not.toBeNull();
      expect(nav?.querySelector('#series-heading')?.text.replace(/\s+/g, ' ').trim()).toBe(
        `Part ${i + 1} of ${parts.length} in the series ${name}`,
      );
      expect(nav?.querySelectorAll('ol a').map((a) => postSlugOf(a.getAttribute('href')))).toEqual(parts.map((p) => p.slug));
      const current = nav?.querySelectorAll('[aria-current="page"]') ?? [];
      expect(current.map((a) => postSlugOf(a.getAttribute('href')))).toEqual([part.slug]);
      expect(postSlugOf(nav?.querySelector('[data-series-previous]')?.getAttribute('href'))).toBe(parts[i - 1]?.slug);
      expect(postSlugOf(nav?.querySelector('[data-series-next]')?.getAttribute('href'))).toBe(parts[i + 1]?.slug);
    });
  });

  it('leaves articles outside a series without series navigation', () => {
    const inSeries = new Set(series.flatMap(([, parts]) => parts.map((p) => p.slug)));
    const folder = join(import.meta.dirname, '../../content/posts');
    const outside = readdirSync(folder)
      .map((f) => f.match(/^([^_].*)\.mdx?$/)?.[1])
      .filter((slug): slug is string => slug !== undefined && !inSeries.has(slug))
      .filter((slug) => !/^draft: true$/m.test(readFileSync(join(folder, `${slug}.mdx`), 'utf8')));
    expect(outside.length).toBeGreaterThan(0);
    for (const slug of outside) expect(readPage(`posts/${slug}/index.html`).querySelector('nav.series-nav'), slug).toBeNull();
  });
});
