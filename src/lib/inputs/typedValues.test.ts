import { describe, expect, it } from 'vitest';
import { parseTypedValues } from './typedValues';
import { checkFieldValue, parseFieldValue } from './validateFields';
import { demoFields, demoSpec } from './testSpec';

const [rate, copies, nodes, cache, mode] = demoFields;

describe('checkFieldValue', () => {
  it('accepts a typed value of the right kind within the field', () => {
    expect(checkFieldValue(rate, 12.5)).toBeUndefined();
    expect(checkFieldValue(copies, 4)).toBeUndefined();
    expect(checkFieldValue(cache, false)).toBeUndefined();
    expect(checkFieldValue(mode, 'fast')).toBeUndefined();
  });

  it('names the problem of a typed value, first problem only', () => {
    expect(checkFieldValue(rate, '12')).toBe('Rate must be a number; got “"12"”');
    expect(checkFieldValue(rate, true)).toBe('Rate must be a number; got “true”');
    expect(checkFieldValue(rate, Number.NaN)).toBe('Rate must be a finite number');
    expect(checkFieldValue(rate, Number.POSITIVE_INFINITY)).toBe('Rate must be a finite number');
    expect(checkFieldValue(rate, -1)).toBe('Rate must be at least 0 MB/s');
    expect(checkFieldValue(rate, 1000.5)).toBe('Rate must be at most 1000 MB/s');
    // Out of range and not whole: the bound is reported, as for raw strings.
    expect(checkFieldValue(copies, 7.5)).toBe('Copies must be at most 5');
    expect(checkFieldValue(copies, 2.5)).toBe('Copies must be a whole number');
    expect(checkFieldValue(cache, 'yes')).toBe('Cache must be true or false; got “"yes"”');
    expect(checkFieldValue(cache, 1)).toBe('Cache must be true or false; got “1”');
    expect(checkFieldValue(mode, 'turbo')).toBe('Mode must be one of fast, safe; got “turbo”');
    expect(checkFieldValue(mode, 3)).toBe('Mode must be one of fast, safe; got “3”');
  });

  it('is the check the raw-string path ends in', () => {
    for (const [field, raw, typed] of [
      [rate, '-1', -1],
      [rate, '1e400', Number.POSITIVE_INFINITY],
      [copies, '2.5', 2.5],
      [copies, '0', 0],
      [nodes, '101', 101],
      [mode, 'turbo', 'turbo'],
    ] as const) {
      const parsed = parseFieldValue(field, raw);
      expect(parsed.ok ? undefined : parsed.error.message).toBe(checkFieldValue(field, typed));
    }
  });
});

describe('parseTypedValues', () => {
  it('fills defaults, treats null as not set and runs cross-field checks', () => {
    expect(parseTypedValues(demoSpec, { rate: 5, nodes: null })).toEqual({
      values: { rate: 5, copies: 3, nodes: undefined, cache: false, mode: 'safe' },
      errors: [],
    });
    expect(parseTypedValues(demoSpec, { copies: 4, nodes: 2 }).errors).toEqual([
      { field: 'copies', message: 'Copies (4) cannot exceed nodes (2)' },
    ]);
  });

  it('names the field and the problem, with the same words as the raw-string validator', () => {
    expect(parseTypedValues(demoSpec, { colour: 'red', rate: -1, copies: 2.5, cache: 'yes', mode: 'turbo' }).errors).toEqual([
      { field: 'rate', message: 'Rate must be at least 0 MB/s' },
      { field: 'copies', message: 'Copies must be a whole number' },
      { field: 'cache', message: 'Cache must be true or false; got “"yes"”' },
      { field: 'mode', message: 'Mode must be one of fast, safe; got “turbo”' },
      { field: 'colour', message: 'Unknown input “colour”' },
    ]);
    expect(parseTypedValues(demoSpec, { rate: '12' }).errors).toEqual([{ field: 'rate', message: 'Rate must be a number; got “"12"”' }]);
  });

  it('rejects null on a field that cannot be unset', () => {
    expect(parseTypedValues(demoSpec, { rate: null, cache: null }).errors).toEqual([
      { field: 'rate', message: 'Rate is required' },
      { field: 'cache', message: 'Cache is required' },
    ]);
  });

  it('keeps the default for a bad field and skips cross-field checks', () => {
    const parsed = parseTypedValues(demoSpec, { rate: 'x', copies: 4, nodes: 2 });
    expect(parsed.values).toEqual({ rate: 10, copies: 4, nodes: 2, cache: false, mode: 'safe' });
    expect(parsed.errors.map((error) => error.field)).toEqual(['rate']);
  });

  it('expects an object', () => {
    for (const input of [[1, 2], null, 'rate=3', 3]) {
      expect(parseTypedValues(demoSpec, input)).toEqual({
        values: { rate: 10, copies: 3, nodes: undefined, cache: false, mode: 'safe' },
        errors: [{ field: '', message: 'Expected an object of input values' }],
      });
    }
  });
});
