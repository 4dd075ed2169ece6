import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePng } from '../../src/lib/og/pngSize';
import { htmlPages, postSlugsFromContent, readPage } from '../support/builtSite';
import { distDir } from '../support/staticServer';

/** Pages a reader can share; Pagefind's fragments are not pages. */
const pages = htmlPages().filter((p) => !p.startsWith('pagefind/'));
const base = `/${(process.env.DIST_BASE ?? '/').replace(/^\/|\/$/g, '')}/`.replace(/^\/\/$/, '/');

/** The dist/ file an absolute og:image URL points to, with the base path taken off. */
function distFileOf(imageUrl: string): string {
  const path = new URL(imageUrl).pathname;
  expect(path.startsWith(base), `${imageUrl} is outside the base path ${base}`).toBe(true);
  return join(distDir(), path.slice(base.length));
}

function meta(path: string, key: string): string | undefined {
  const doc = readPage(path);
  return (doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`))?.getAttribute('content');
}

describe('Open Graph images', () => {
  it('are declared on every page', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !meta(p, 'og:image'))).toEqual([]);
  });

  it.each(pages)('%s points to an existing, complete PNG of the declared size, with alt text and a large Twitter card', (path) => {
    const image = meta(path, 'og:image');
    const width = Number(meta(path, 'og:image:width'));
    const height = Number(meta(path, 'og:image:height'));
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    const file = distFileOf(image ?? '');
    expect(existsSync(file), `${path}: ${image} is not in the build`).toBe(true);
    expect(validatePng(readFileSync(file), file)).toEqual({ width, height });
    expect(meta(path, 'og:image:alt')?.trim()).toBeTruthy();
    expect(meta(path, 'twitter:card')).toBe('summary_large_image');
    expect(meta(path, 'twitter:image')).toBe(image);
  });

  it('gives every published post its own image', () => {
    for (const slug of postSlugsFromContent().published) {
      expect(new URL(meta(`posts/${slug}/index.html`, 'og:image') ?? '').pathname).toBe(`${base}og/posts/${slug}.png`);
    }
  });

  it('gives talk and tool pages their own image and other pages the site image', () => {
    const talk = pages.find((p) => /^talks\/[^/]+\/index\.html$/.test(p));
    expect(talk).toBeDefined();
    expect(meta(talk ?? '', 'og:image')).toContain(`/og/talks/${talk?.split('/')[1]}.png`);
    for (const tool of pages.filter((p) => /^tools\/[^/]+\/index\.html$/.test(p))) {
      expect(meta(tool, 'og:image')).toContain(`/og/tools/${tool.split('/')[1]}.png`);
    }
    expect(new URL(meta('index.html', 'og:image') ?? '').pathname).toBe(`${base}og/default.png`);
    expect(new URL(meta('tags/index.html', 'og:image') ?? '').pathname).toBe(`${base}og/default.png`);
  });

  it('do not differ between two posts: each card is drawn from its own post', () => {
    const [first, second] = postSlugsFromContent().published;
    const png = (slug: string) => readFileSync(join(distDir(), `og/posts/${slug}.png`));
    expect(png(first).equals(png(second))).toBe(false);
  });
});
