import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatNumberOrDash, formatWhole, formula, numericOnly, numericText, statement, term } from './formula';

describe('formula objects', () => {
  const rf = term('RF', '3');
  const f = formula('Network in', 'brokers', ['ceil(', term('write', '100'), ' MB/s × ', rf, ' / ', term('per broker', '375'), ' MB/s)', numericOnly(' = ceil(0.8)')], '1');

  it('names every term in the symbolic text and fills in its value in the numeric one', () => {
    expect(f.name).toBe('Network in');
    expect(f.symbolic).toBe('brokers = ceil(write MB/s × RF / per broker MB/s)');
    expect(f.substituted).toBe('ceil(100 MB/s × 3 / 375 MB/s) = ceil(0.8)');
    expect(f.result).toBe('1');
    expect(numericText(f)).toBe('ceil(100 MB/s × 3 / 375 MB/s) = ceil(0.8) = 1');
  });

  it('states a value without a formula', () => {
    const s = statement('Total', 'total', '$5');
    expect(s).toEqual({ name: 'Total', symbolic: 'total', substituted: '', result: '$5' });
    expect(numericText(s)).toBe('$5');
  });

  it('formats numbers as the explain panel always did, with a dash for non-finite values', () => {
    expect(formatNumber(468.75)).toBe('468.8');
    expect(formatNumber(14.8712)).toBe('14.87');
    expect(formatNumber(2.00004)).toBe('2');
    expect(formatNumberOrDash(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatNumberOrDash(null)).toBe('—');
    expect(formatWhole(181440.4)).toBe('181,440');
    expect(formatWhole(Number.NaN)).toBe('—');
    expect(formatMoney(24527.6)).toBe('$24,528');
    expect(formatMoney(Number.NaN)).toBe('—');
  });
});
