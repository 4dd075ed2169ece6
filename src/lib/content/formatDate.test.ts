import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from './formatDate';

describe('formatDate', () => {
  it('formats in UTC as day, short month, year', () => {
    expect(formatDate(new Date('2026-11-02T23:30:00Z'))).toBe('2 Nov 2026');
  });
});

describe('isoDate', () => {
  it('gives the UTC calendar date', () => {
    expect(isoDate(new Date('2026-01-31T23:59:59Z'))).toBe('2026-01-31');
  });
});
