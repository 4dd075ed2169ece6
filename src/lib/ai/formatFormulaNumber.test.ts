import { describe, expect, it } from 'vitest';
import { formatDollars, formatDollarsShort, formatPercent, formatQuantity } from './formatFormulaNumber';

describe('formatQuantity', () => {
  it('groups whole numbers and keeps four significant digits otherwise', () => {
    expect(formatQuantity(1_236_000)).toBe('1,236,000');
    expect(formatQuantity(13.0571)).toBe('13.06');
    expect(formatQuantity(0.012345)).toBe('0.01235');
  });
});

describe('formatDollars', () => {
  it('shows cents from $1 up and three significant digits below', () => {
    expect(formatDollars(67.8333)).toBe('$67.83');
    expect(formatDollars(4986.667)).toBe('$4,986.67');
    expect(formatDollars(0.0485)).toBe('$0.0485');
    expect(formatDollars(0.123456)).toBe('$0.123');
    expect(formatDollars(0)).toBe('$0');
    expect(formatDollars(0.1)).toBe('$0.10');
    expect(formatDollars(0.5)).toBe('$0.50');
  });
});

describe('formatDollarsShort', () => {
  it('drops the cents from $10 up', () => {
    expect(formatDollarsShort(160)).toBe('$160');
    expect(formatDollarsShort(1_500.4)).toBe('$1,500');
    expect(formatDollarsShort(2.5)).toBe('$2.50');
  });
});

describe('formatPercent', () => {
  it('shows a share as a percentage with at most one decimal', () => {
    expect(formatPercent(0.7712)).toBe('77.1%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.5)).toBe('50%');
  });
});
