import { describe, expect, it } from 'vitest';
import { formatCents, formatRatio, parseByteQuantity, parseCount } from './exactNumbers';

describe('exact number parsing', () => {
  it('parses counts including e-notation, rounding to the nearest byte', () => {
    expect(parseCount('1.79e+11')).toEqual({ value: 179000000000n, rounded: false });
    expect(parseCount('536870912000')).toEqual({ value: 536870912000n, rounded: false });
    expect(parseCount('2.5')).toEqual({ value: 3n, rounded: true });
    expect(parseCount('-1')).toBeUndefined();
    expect(parseCount('NaN')).toBeUndefined();
  });

  it('parses byte quantities with decimal and binary units', () => {
    expect(parseByteQuantity('6TB')).toBe(6n * 10n ** 12n);
    expect(parseByteQuantity('500 GiB')).toBe(536870912000n);
    expect(parseByteQuantity('1.5 MB')).toBe(1500000n);
    expect(parseByteQuantity('12')).toBe(12n);
    expect(parseByteQuantity('12 furlongs')).toBeUndefined();
  });

  it('formats cents and ratios', () => {
    expect(formatCents(123456n)).toBe('1234.56');
    expect(formatCents(-5n)).toBe('-0.05');
    expect(formatRatio(1n, 3n, 4)).toBe('0.3333');
    expect(formatRatio(2n, 3n, 4)).toBe('0.6667');
    expect(formatRatio(6n, 3n, 4)).toBe('2');
  });
});
