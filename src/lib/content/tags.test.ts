import { describe, expect, it } from 'vitest';
import { countTags, tagSlug } from './tags';

describe('tagSlug', () => {
  it('lower-cases and hyphenates', () => {
    expect(tagSlug('Capacity Planning')).toBe('capacity-planning');
    expect(tagSlug('  AI / Agents ')).toBe('ai-agents');
    expect(tagSlug('Café')).toBe('cafe');
  });
});

describe('countTags', () => {
  it('counts each tag once per item and sorts by count then name', () => {
    const result = countTags([{ tags: ['kafka', 'cost', 'kafka'] }, { tags: ['kafka', 'ai'] }, { tags: ['cost'] }]);
    expect(result.map((t) => [t.slug, t.count])).toEqual([
      ['cost', 2],
      ['kafka', 2],
      ['ai', 1],
    ]);
  });
});
