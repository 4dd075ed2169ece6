import { describe, expect, it } from 'vitest';
import { expression, formula, numericOnly, numericText, statement, term } from './formula';

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

  it('builds an expression without a named quantity from the same parts', () => {
    const e = expression('Model cost per accepted change', [term('N_t', '12.5'), '·', term('c', '$0.05')], '$0.63');
    expect(e).toEqual({ name: 'Model cost per accepted change', symbolic: 'N_t·c', substituted: '12.5·$0.05', result: '$0.63' });
  });

  it('states a value without a formula', () => {
    const s = statement('Total', 'total', '$5');
    expect(s).toEqual({ name: 'Total', symbolic: 'total', substituted: '', result: '$5' });
    expect(numericText(s)).toBe('$5');
  });
});
