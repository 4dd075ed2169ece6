import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/builtSite';

/** Pages every crawler and reader sees; Pagefind's and any generated fragments are not pages. */
const pages = htmlPages().filter((p) => !p.startsWith('pagefind/'));

describe('every built page', () => {
  it('exists in numbers that mean the build ran', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s has lang, a title, a description, a canonical link and one h1', (path) => {
    const doc = readPage(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toMatch(/^[a-z]{2}/);
    expect(doc.querySelector('head > title')?.text.trim()).toBeTruthy();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });
});
