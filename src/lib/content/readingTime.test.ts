import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './readingTime';

describe('countWords', () => {
  it('counts words, numbers and contractions once each', () => {
    expect(countWords("Kafka's 3 brokers don't scale — at all.")).toBe(7);
  });
  it('is zero for blank text', () => {
    expect(countWords('  \n\t ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at the configured pace', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes(words(WORDS_PER_MINUTE * 5))).toBe(5);
    expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE * 2.4)))).toBe(2);
  });
  it('is at least one minute for any text and zero for none', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('')).toBe(0);
  });
});
