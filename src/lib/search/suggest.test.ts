import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, nearestWord, suggestQuery } from './suggest';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('sizing', 'sizing')).toBe(0);
    expect(editDistance('sizng', 'sizing')).toBe(1);
    expect(editDistance('sizzing', 'sizing')).toBe(1);
    expect(editDistance('sizang', 'sizing')).toBe(1);
    expect(editDistance('sizign', 'sizing')).toBe(1);
    expect(editDistance('kafka', 'broker')).toBe(5);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('nearestWord', () => {
  const vocabulary = ['kafka', 'sizing', 'sizes', 'partitions', 'retention'];

  it('finds the word a typo was meant to be', () => {
    expect(nearestWord('sizng', vocabulary)).toBe('sizing');
    expect(nearestWord('partitons', vocabulary)).toBe('partitions');
    expect(nearestWord('retenshun', vocabulary)).toBeUndefined();
  });

  it('suggests nothing for short words, where one edit makes another word', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(nearestWord('kaf', ['kafka', 'kat'])).toBeUndefined();
  });

  it('prefers the word listed first when two are as near', () => {
    expect(nearestWord('sizeg', ['sizes', 'sized'])).toBe('sizes');
  });
});

describe('suggestQuery', () => {
  const vocabulary = ['kafka', 'sizing', 'brokers'];

  it('replaces only the unknown words', () => {
    expect(suggestQuery('kafka sizng', vocabulary)).toBe('kafka sizing');
    expect(suggestQuery('Kafak  brokrs', vocabulary)).toBe('kafka brokers');
  });

  it('suggests nothing when every word is known or none is close', () => {
    expect(suggestQuery('kafka sizing', vocabulary)).toBeUndefined();
    expect(suggestQuery('qzxvbnmwpl', vocabulary)).toBeUndefined();
    expect(suggestQuery('', vocabulary)).toBeUndefined();
  });
});
