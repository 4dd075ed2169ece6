import { describe, expect, it } from 'vitest';
import { encodeFormQuery } from './formQuery';
import { decodeQuery } from './queryString';
import { parseRawValues } from './validateFields';
import { demoSpec } from './testSpec';

const defaults = { rate: '10', copies: '3', nodes: '', cache: 'false', mode: 'safe' };

describe('encodeFormQuery', () => {
  it('is empty for the defaults, given in full, in part or not at all', () => {
    expect(encodeFormQuery(demoSpec, defaults)).toBe('');
    expect(encodeFormQuery(demoSpec, { copies: '3' })).toBe('');
    expect(encodeFormQuery(demoSpec, {})).toBe('');
  });

  it('writes only the fields off their default, in spec order, trimmed', () => {
    expect(encodeFormQuery(demoSpec, { ...defaults, mode: 'fast', nodes: ' 6 ', rate: '12.5' })).toBe('rate=12.5&nodes=6&mode=fast');
  });

  it('treats another spelling of the default as the default', () => {
    expect(encodeFormQuery(demoSpec, { ...defaults, rate: '10.0', copies: '3e0', cache: 'no' })).toBe('');
  });

  it('keeps values that break a cross-field rule, so the link keeps every input', () => {
    const raw = { ...defaults, copies: '5', nodes: '2' };
    expect(parseRawValues(demoSpec, raw).errors).toEqual([{ field: 'copies', message: 'Copies (5) cannot exceed nodes (2)' }]);
    const query = encodeFormQuery(demoSpec, raw);
    expect(query).toBe('copies=5&nodes=2');
    // Read back, the link gives the form the same values and the same error.
    const decoded = decodeQuery(demoSpec, `?${query}`);
    expect(decoded).toEqual({ raw: { copies: '5', nodes: '2' }, notices: [] });
    expect(parseRawValues(demoSpec, { ...defaults, ...decoded.raw }).errors).toEqual(parseRawValues(demoSpec, raw).errors);
  });

  it('keeps what the user typed even when it does not parse, emptied required fields included', () => {
    expect(encodeFormQuery(demoSpec, { ...defaults, rate: 'abc', copies: '' })).toBe('rate=abc&copies=');
    expect(encodeFormQuery(demoSpec, { ...defaults, rate: '<b>&x=1' })).toBe('rate=%3Cb%3E%26x%3D1');
  });

  it('leaves out names that are not fields', () => {
    expect(encodeFormQuery(demoSpec, { ...defaults, bogus: '1', nodes: '4' })).toBe('nodes=4');
  });

  it('round-trips every valid form through decodeQuery', () => {
    const raw = { rate: '0.25', copies: '5', nodes: '9', cache: 'true', mode: 'fast' };
    const decoded = decodeQuery(demoSpec, `?${encodeFormQuery(demoSpec, raw)}`);
    expect(decoded.notices).toEqual([]);
    expect(parseRawValues(demoSpec, { ...defaults, ...decoded.raw }).values).toEqual(parseRawValues(demoSpec, raw).values);
  });
});
