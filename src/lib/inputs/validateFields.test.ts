import { describe, expect, it } from 'vitest';
import { defaultValues, fieldUnit, groupFields } from './fieldSpec';
import { parseFieldValue, parseRawValues } from './validateFields';
import { demoFields, demoSpec } from './testSpec';

const [rate, copies, nodes, cache, mode] = demoFields;

describe('parseFieldValue', () => {
  it('parses numbers, integers, booleans and enum values', () => {
    expect(parseFieldValue(rate, ' 12.5 ')).toEqual({ ok: true, value: 12.5 });
    expect(parseFieldValue(rate, '1e2')).toEqual({ ok: true, value: 100 });
    expect(parseFieldValue(copies, '4')).toEqual({ ok: true, value: 4 });
    expect(parseFieldValue(cache, 'TRUE')).toEqual({ ok: true, value: true });
    expect(parseFieldValue(cache, 'no')).toEqual({ ok: true, value: false });
    expect(parseFieldValue(mode, 'fast')).toEqual({ ok: true, value: 'fast' });
  });

  it('names the field and the problem for each kind of bad value', () => {
    const message = (field: (typeof demoFields)[number], raw: string) => {
      const parsed = parseFieldValue(field, raw);
      return parsed.ok ? 'parsed' : `${parsed.error.field}: ${parsed.error.message}`;
    };
    expect(message(rate, '')).toBe('rate: Rate is required');
    expect(message(rate, 'abc')).toBe('rate: Rate must be a number; got “abc”');
    expect(message(rate, 'NaN')).toBe('rate: Rate must be a number; got “NaN”');
    expect(message(rate, 'Infinity')).toBe('rate: Rate must be a number; got “Infinity”');
    expect(message(rate, '1,000')).toBe('rate: Rate must be a number; got “1,000”');
    expect(message(rate, '-1')).toBe('rate: Rate must be at least 0 MB/s');
    expect(message(rate, '1000.5')).toBe('rate: Rate must be at most 1000 MB/s');
    expect(message(rate, '1e400')).toBe('rate: Rate must be a finite number');
    expect(message(copies, '2.5')).toBe('copies: Copies must be a whole number');
    expect(message(copies, '0')).toBe('copies: Copies must be at least 1');
    expect(message(cache, 'maybe')).toBe('cache: Cache must be true or false; got “maybe”');
    expect(message(mode, 'turbo')).toBe('mode: Mode must be one of fast, safe; got “turbo”');
  });

  it('treats an empty optional field as not set', () => {
    expect(parseFieldValue(nodes, '  ')).toEqual({ ok: true, value: undefined });
  });

  it('shortens a very long bad value in the message', () => {
    const parsed = parseFieldValue(rate, 'x'.repeat(500));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message.length).toBeLessThan(80);
  });
});

describe('parseRawValues', () => {
  it('fills missing names with defaults', () => {
    expect(parseRawValues(demoSpec, { rate: '20' })).toEqual({
      values: { rate: 20, copies: 3, nodes: undefined, cache: false, mode: 'safe' },
      errors: [],
    });
  });

  it('keeps the default for a bad field and reports it', () => {
    const parsed = parseRawValues(demoSpec, { rate: '-5', copies: '2' });
    expect(parsed.values.rate).toBe(10);
    expect(parsed.values.copies).toBe(2);
    expect(parsed.errors).toEqual([{ field: 'rate', message: 'Rate must be at least 0 MB/s' }]);
  });

  it('runs cross-field checks once every field parses', () => {
    expect(parseRawValues(demoSpec, { copies: '4', nodes: '2' }).errors).toEqual([
      { field: 'copies', message: 'Copies (4) cannot exceed nodes (2)' },
    ]);
    expect(parseRawValues(demoSpec, { copies: '4', nodes: '2', rate: 'x' }).errors.map((e) => e.field)).toEqual([
      'rate',
    ]);
  });
});

describe('field spec helpers', () => {
  it('builds the default values', () => {
    expect(defaultValues(demoSpec)).toEqual({ rate: 10, copies: 3, nodes: undefined, cache: false, mode: 'safe' });
  });

  it('describes units per kind', () => {
    expect(demoFields.map(fieldUnit)).toEqual(['MB/s', '', 'nodes', 'true/false', 'fast|safe']);
  });

  it('groups fields in first-appearance order', () => {
    expect(groupFields(demoFields).map((g) => [g.group, g.fields.map((f) => f.name)])).toEqual([
      ['Load', ['rate', 'copies']],
      ['Cluster', ['nodes', 'cache', 'mode']],
    ]);
  });
});
