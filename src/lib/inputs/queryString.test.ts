import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './fieldSpec';
import { encodeFormQuery } from './formQuery';
import { decodeQuery } from './queryString';
import { parseRawValues } from './validateFields';
import { demoSpec } from './testSpec';

describe('decodeQuery', () => {
  it('round-trips with encodeFormQuery', () => {
    const values = { rate: 0.25, copies: 5, nodes: 9, cache: true, mode: 'fast' as const };
    const raw = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, formatFieldValue(value)]));
    const decoded = decodeQuery(demoSpec, `?${encodeFormQuery(demoSpec, raw)}`);
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
