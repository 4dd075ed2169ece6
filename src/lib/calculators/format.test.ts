import { describe, expect, it } from 'vitest';
import {
  formatDollars,
  formatDollarsShort,
  formatMoney,
  formatNumber,
  formatNumberOrDash,
  formatPercent,
  formatQuantity,
  formatWhole,
} from './format';

describe('formatNumber', () => {
  it('keeps at most 3 decimals and drops trailing zeros, with a dash for non-finite values', () => {
    expect(formatNumber(468.75)).toBe('468.8');
    expect(formatNumber(14.8712)).toBe('14.87');
    expect(formatNumber(2.00004)).toBe('2');
    expect(formatNumberOrDash(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatNumberOrDash(null)).toBe('—');
    expect(formatNumberOrDash(undefined)).toBe('—');
    expect(formatNumberOrDash(0.5)).toBe('0.5');
  });
});

describe('formatWhole and formatMoney', () => {
  it('round to whole numbers with separators, with a dash for non-finite values', () => {
    expect(formatWhole(181440.4)).toBe('181,440');
    expect(formatWhole(Number.NaN)).toBe('—');
    expect(formatMoney(24527.6)).toBe('$24,528');
    expect(formatMoney(Number.NaN)).toBe('—');
  });
});

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
  it('drops the cents from $10 up, as formatMoney does for finite values', () => {
    expect(formatDollarsShort(160)).toBe('$160');
    expect(formatDollarsShort(1_500.4)).toBe('$1,500');
    expect(formatDollarsShort(2.5)).toBe('$2.50');
    for (const value of [10, 99.5, 1_234_567.8, -25.5]) expect(formatDollarsShort(value)).toBe(formatMoney(value));
  });
});

describe('formatPercent', () => {
  it('shows a share as a percentage with at most one decimal', () => {
    expect(formatPercent(0.7712)).toBe('77.1%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.5)).toBe('50%');
  });
});
