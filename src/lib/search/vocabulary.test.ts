import { describe, expect, it } from 'vitest';
import { buildVocabulary, minBodyCount, pageWordsFromHtml, parseVocabulary, wordsOf } from './vocabulary';

describe('wordsOf', () => {
  it('lower-cases, keeps hyphenated words whole and drops short words and numbers', () => {
    expect(wordsOf('The Cross-AZ line, 3 AZs and 2026 prices')).toEqual(['cross-az', 'line', 'prices']);
  });
});

describe('buildVocabulary', () => {
  it('keeps every heading word and only frequent body words, most frequent first', () => {
    const body = `${'broker '.repeat(minBodyCount)}rarely`;
    const vocabulary = buildVocabulary([
      { headings: ['Kafka sizing'], body },
      { headings: ['sizing notes'], body: 'kafka' },
    ]);
    expect(vocabulary).toEqual(['broker', 'kafka', 'sizing', 'notes']);
    expect(vocabulary).not.toContain('rarely');
  });
});

describe('parseVocabulary', () => {
  it('accepts a list of words and names the file when it is anything else', () => {
    expect(parseVocabulary(['kafka'])).toEqual(['kafka']);
    expect(() => parseVocabulary({ words: [] })).toThrow('vocabulary.json: expected a JSON list of words.');
    expect(() => parseVocabulary(['kafka', 3])).toThrow('vocabulary.json');
  });
});

describe('pageWordsFromHtml', () => {
  it('reads headings, the title and tags of an indexed page, and its text without scripts', () => {
    const html = `<header><nav>Posts Tags</nav></header><main><article data-pagefind-body>
      <div hidden><span data-pagefind-meta="title:Which topic is costing us?"></span><span data-pagefind-filter="tag:finops"></span></div>
      <h1 class="x">Which topic <em>is</em> costing&amp;us?</h1><p>Split the bill.</p><script>ignored()</script></article></main><footer>Footer</footer>`;
    const page = pageWordsFromHtml(html);
    expect(page?.headings).toEqual([expect.stringContaining('costing&us?'), 'Which topic is costing us?', 'finops']);
    expect(page?.body).toContain('Split the bill.');
    expect(page?.body).not.toMatch(/ignored|Posts|Footer/);
  });

  it('skips a page that Pagefind does not index', () => {
    expect(pageWordsFromHtml('<main><h1>Tags</h1></main>')).toBeUndefined();
  });
});
