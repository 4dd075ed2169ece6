import { describe, expect, it } from 'vitest';
import { defaultValues } from './fieldSpec';
import { decodeQuery, encodeQuery } from './queryString';
import { parseRawValues } from './validateFields';
import { demoSpec } from './testSpec';

describe('encodeQuery', () => {
  it('is empty for defaults', () => {
    expect(encodeQuery(demoSpec, defaultValues(demoSpec))).toBe('');
  });

  it('writes only non-default values, in spec order', () => {
    const values = { ...defaultValues(demoSpec), mode: 'fast' as const, rate: 12.5, nodes: 6 };
    expect(encodeQuery(demoSpec, values)).toBe('rate=12.5&nodes=6&mode=fast');
  });
});

describe('decodeQuery', () => {
  it('round-trips with encodeQuery', () => {
    const values = { rate: 0.25, copies: 5, nodes: 9, cache: true, mode: 'fast' as const };
    const decoded = decodeQuery(demoSpec, `?${encodeQuery(demoSpec, values)}`);
    expect(decoded.notices).toEqual([]);
    expect(parseRawValues(demoSpec, decoded.raw).values).toEqual(values);
  });

  it('ignores unknown and invalid parameters with a notice', () => {
    const decoded = decodeQuery(demoSpec, '?rate=abc&copies=4&%3Cscript%3E=1&copies=2');
    expect(decoded.raw).toEqual({ copies: '4' });
    expect(decoded.notices).toEqual([
      'Ignored parameter “rate”: Rate must be a number; got “abc”.',
      'Ignored unknown parameter “<script>”.',
      'Parameter “copies” appears more than once; used the first value.',
    ]);
  });
});
