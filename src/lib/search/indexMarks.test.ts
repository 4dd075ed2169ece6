import { describe, expect, it } from 'vitest';
import { indexMarks } from './indexMarks';

describe('indexMarks', () => {
  it('gives a post its type filter, type and date metadata, date sort and one filter per tag', () => {
    expect(indexMarks({ type: 'post', date: new Date('2026-03-05T00:00:00Z'), tags: ['kafka', 'capacity-planning'] })).toEqual([
      { attribute: 'data-pagefind-filter', value: 'type:post' },
      { attribute: 'data-pagefind-meta', value: 'type:post' },
      { attribute: 'data-pagefind-meta', value: 'date:2026-03-05' },
      { attribute: 'data-pagefind-sort', value: 'date:2026-03-05' },
      { attribute: 'data-pagefind-filter', value: 'tag:kafka' },
      { attribute: 'data-pagefind-filter', value: 'tag:capacity-planning' },
    ]);
  });

  it('uses the UTC day, whatever the build machine zone', () => {
    expect(indexMarks({ type: 'talk', date: new Date('2025-11-30T23:30:00Z') })[2]).toEqual({
      attribute: 'data-pagefind-meta',
      value: 'date:2025-11-30',
    });
  });

  it('marks an undated page with its type only', () => {
    expect(indexMarks({ type: 'tool' })).toEqual([
      { attribute: 'data-pagefind-filter', value: 'type:tool' },
      { attribute: 'data-pagefind-meta', value: 'type:tool' },
    ]);
  });

  it('sets the result title when given, commas and all', () => {
    expect(indexMarks({ type: 'talk', title: ' Sizing Kafka:\n brokers, disks and money ' })).toContainEqual({
      attribute: 'data-pagefind-meta',
      value: 'title:Sizing Kafka: brokers, disks and money',
    });
  });

  it('ranks a real page by its title, a sample only shows it', () => {
    expect(indexMarks({ type: 'post', title: 'Kafka sizing' })).toContainEqual({ attribute: 'data-pagefind-meta', value: 'ranked_title:Kafka sizing' });
    const sample = indexMarks({ type: 'talk', title: 'Kafka sizing (sample)', sample: true });
    expect(sample).toContainEqual({ attribute: 'data-pagefind-meta', value: 'title:Kafka sizing (sample)' });
    expect(sample).toContainEqual({ attribute: 'data-pagefind-filter', value: 'sample:yes' });
    expect(sample.map((mark) => mark.value).filter((value) => /^(ranked_title|synonyms):/.test(value))).toEqual([]);
  });

  it('indexes the synonyms of a real page title as one hidden metadata field', () => {
    const synonyms = indexMarks({ type: 'post', title: 'Which topic is costing us?' }).find((mark) => mark.value.startsWith('synonyms:'));
    expect(synonyms?.attribute).toBe('data-pagefind-meta');
    expect(synonyms?.value).toMatch(/^synonyms:cost attribution, .*chargeback/);
    expect(indexMarks({ type: 'post', title: 'Terminal notes' }).some((mark) => mark.value.startsWith('synonyms:'))).toBe(false);
  });

  it('lists a repeated tag once', () => {
    expect(indexMarks({ type: 'repo', tags: ['kafka', 'kafka'] })).toHaveLength(3);
  });

  it('refuses a tag Pagefind would split, and an invalid date', () => {
    expect(() => indexMarks({ type: 'repo', tags: ['a,b'] })).toThrow('tag "a,b" cannot be a search filter');
    expect(() => indexMarks({ type: 'post', date: new Date('nope') })).toThrow("the post's date is not a valid date");
  });
});
