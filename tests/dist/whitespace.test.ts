import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/builtSite';

// Astro 7's default compressHTML ('jsx') deletes the spaces between inline
// elements; the site sets `compressHTML: true`. These checks fail if words
// ever run together again.
const pages = htmlPages().filter((p) => !p.startsWith('pagefind/'));
const INLINE = '(?:a|time|em|strong|b|i|abbr|span)';
const glued = new RegExp(`</${INLINE}><${INLINE}[\\s>]`);

describe('words stay apart', () => {
  it.each(pages)('%s has no inline elements glued together in its paragraphs', (path) => {
    const doc = readPage(path);
    // KaTeX's own markup is spans by design; it is not prose.
    doc.querySelectorAll('.katex, pre').forEach((el) => el.remove());
    const offenders = doc
      .querySelectorAll('p, li, h1, h2, h3, dd')
      .filter((el) => glued.test(el.innerHTML))
      .map((el) => el.outerHTML.slice(0, 160));
    expect(offenders).toEqual([]);
  });

  it('the article meta line reads as a sentence', () => {
    const doc = readPage('posts/kafka-sizing-without-hand-waving/index.html');
    const meta = doc.querySelectorAll('article header p').map((p) => p.text.replace(/\s+/g, ' ').trim());
    expect(meta.some((line) => /^Published \d{1,2} \w+ \d{4}( · Updated \d{1,2} \w+ \d{4})? · \d+ min read$/.test(line))).toBe(true);
  });
});
