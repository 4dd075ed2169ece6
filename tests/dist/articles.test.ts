import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { htmlPages, postSlugsFromContent, readPage } from '../support/builtSite';

const { published } = postSlugsFromContent();

describe('article pages', () => {
  it.each(published)('%s carries BlogPosting structured data', (slug) => {
    const doc = readPage(`posts/${slug}/index.html`);
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.text ?? '{}');
    expect(data['@type']).toBe('BlogPosting');
    expect(data.headline).toBe(doc.querySelector('h1')?.text.trim());
    expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(published)('%s has a reading time, a table of contents that matches its headings, and heading anchors', (slug) => {
    const doc = readPage(`posts/${slug}/index.html`);
    expect(doc.querySelector('article header')?.text).toMatch(/\d+ min read/);
    const tocTargets = doc.querySelectorAll('nav[aria-label="On this page"] a').map((a) => a.getAttribute('href'));
    const headingIds = doc.querySelectorAll('.prose h2[id], .prose h3[id]').map((h) => `#${h.id}`);
    expect(new Set(tocTargets)).toEqual(new Set(headingIds));
    for (const heading of doc.querySelectorAll('.prose h2[id]')) {
      expect(heading.querySelector('a.heading-link')?.getAttribute('href')).toBe(`#${heading.id}`);
    }
  });
});

describe('the KaTeX stylesheet', () => {
  const pages = htmlPages().filter((p) => !p.startsWith('pagefind/'));
  it('loads on exactly the pages that render math', () => {
    const withMath = pages.filter((p) => readPage(p).querySelector('.katex') !== null);
    const withSheet = pages.filter((p) => readPage(p).querySelector('link[href$="katex.min.css"]') !== null);
    expect(withMath.length).toBeGreaterThan(0);
    expect(withSheet).toEqual(withMath);
  });
});

describe('code blocks', () => {
  it('carry no inline styles, so a strict CSP needs no unsafe-inline for them', () => {
    const offenders = htmlPages()
      .filter((p) => p.startsWith('posts/'))
      .flatMap((p) => readPage(p).querySelectorAll('.code-frame [style]').map((el) => `${p}: ${el.outerHTML.slice(0, 80)}`));
    expect(offenders).toEqual([]);
  });

  it('name their file when the fence has a title', () => {
    const titles = htmlPages()
      .filter((p) => p.startsWith('posts/'))
      .flatMap((p) => readPage(p).querySelectorAll('.code-frame > .code-title').map((el) => el.text));
    expect(titles.length).toBeGreaterThan(0);
  });
});

describe('sample entries', () => {
  for (const collection of ['talks', 'repos'] as const) {
    const folder = join(import.meta.dirname, `../../content/${collection}`);
    const files = readdirSync(folder).filter((f) => /^[^_].*\.mdx?$/.test(f));
    it.each(files)(`${collection}/%s shows a sample badge exactly when it is a sample`, (file) => {
      const frontmatter = parseYaml(readFileSync(join(folder, file), 'utf8').split(/^---\s*$/m)[1] ?? '') as { sample?: boolean };
      const page = readPage(`${collection}/${file.replace(/\.mdx?$/, '')}/index.html`);
      expect(page.querySelector('h1')?.text.includes('Sample')).toBe(frontmatter.sample === true);
    });
  }
});
