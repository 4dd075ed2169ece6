import { describe, expect, it } from 'vitest';
import { formatMicros, parseMoneyMicros, roundMicrosToCents } from './money';

const cents = (text: string) => {
  const micros = parseMoneyMicros(text);
  return micros === undefined ? undefined : roundMicrosToCents(micros);
};

describe('money in exact micro-units', () => {
  it('parses money without floats and rounds to cents once, half away from zero', () => {
    expect(cents('1000.00')).toBe(100000n);
    expect(cents('-50')).toBe(-5000n);
    expect(cents('$1,234.56')).toBe(123456n);
    expect(parseMoneyMicros('0.105')).toBe(105000n);
    expect(cents('0.105')).toBe(11n);
    expect(cents('-0.105')).toBe(-11n);
    expect(parseMoneyMicros('0.1 + 0.2')).toBeUndefined();
    expect(parseMoneyMicros('')).toBeUndefined();
  });

  it('reads decimal commas when the CSV is ; or tab separated', () => {
    expect(parseMoneyMicros('1.234,56', true)).toBe(1234560000n);
    expect(parseMoneyMicros('1234,56', true)).toBe(1234560000n);
    expect(parseMoneyMicros('1,234.56', true)).toBeUndefined();
  });

  it('formats micro-units with at least two decimals', () => {
    expect(formatMicros(19364500n)).toBe('19.3645');
    expect(formatMicros(-5000000n)).toBe('-5.00');
  });
});
