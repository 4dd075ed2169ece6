import { describe, expect, it } from 'vitest';
import { synonymGroups, synonymsFor } from './synonyms';

describe('synonymsFor', () => {
  it('gives the cost post the words its readers search for', () => {
    const words = synonymsFor(['Which topic is costing us?']);
    expect(words).toEqual(expect.arrayContaining(['cost attribution', 'chargeback', 'showback']));
    expect(words).not.toContain('which topic is costing');
  });

  it('matches a phrase whatever its case and punctuation, and a tag with hyphens', () => {
    expect(synonymsFor(['The Cross-AZ line on your Kafka bill'])).toContain('inter-AZ');
    expect(synonymsFor(['Notes', 'capacity-planning'])).toEqual([]);
    expect(synonymsFor(['Notes', 'capacity planning'])).toContain('how many brokers');
  });

  it('matches whole words only', () => {
    expect(synonymsFor(['Recharge back pay'])).toEqual([]);
    expect(synonymsFor(['chargebacks'], [['chargeback', 'showback']])).toEqual([]);
  });

  it('lists a phrase once when two groups share it', () => {
    expect(synonymsFor(['a b'], [['a', 'c'], ['b', 'c']])).toEqual(['c']);
  });

  it('gives a page that touches no group nothing', () => {
    expect(synonymsFor(['The terminal setup for living inside tmux'])).toEqual([]);
  });

  it('holds groups of at least two distinct phrases with no comma (Pagefind reads a comma as a new key)', () => {
    for (const group of synonymGroups) {
      expect(new Set(group.map((phrase) => phrase.toLowerCase())).size).toBe(group.length);
      expect(group.length).toBeGreaterThan(1);
      for (const phrase of group) expect(phrase).not.toMatch(/[,[\]]/);
    }
  });
});
