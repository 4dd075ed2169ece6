import { describe, expect, it } from 'vitest';
import { flattenResult, inputsAndResultsCsv, inputsAndResultsJson, toCsv } from './exportResults';
import { defaultValues } from './fieldSpec';
import { demoSpec } from './testSpec';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ny', '=SUM(A1)', -3, null, true]])).toBe(
      '"a,b","say ""hi""","x\ny",\'=SUM(A1),-3,,true\r\n',
    );
  });

  it.each([
    [' =HYPERLINK("http://x")', 'leading space'],
    ['\u00a0\u3000+1+cmd', 'no-break and ideographic space'],
    ['\u200b@SUM(A1)', 'zero-width space'],
    [';=1+1', 'semicolon separator, then a formula'],
    ['\uFF1D1+1', 'full-width equals sign'],
    ['\t-2', 'leading tab'],
  ])('defuses %j (%s)', (cell) => {
    expect(toCsv([[cell]]).replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves ordinary text and negative numbers as they are', () => {
    expect(toCsv([['orders-v2', 'a=b', -5]])).toBe('orders-v2,a=b,-5\r\n');
  });
});

describe('flattenResult', () => {
  it('flattens nested objects and arrays to dotted paths', () => {
    expect(flattenResult({ a: 1, b: { c: 'x', d: [2, { e: false }] } })).toEqual([
      ['a', 1],
      ['b.c', 'x'],
      ['b.d.0', 2],
      ['b.d.1.e', false],
    ]);
  });
});

describe('inputs and results exports', () => {
  it('writes one CSV row per input with its unit, then the results', () => {
    const csv = inputsAndResultsCsv(demoSpec, defaultValues(demoSpec), { total: 42 });
    expect(csv.split('\r\n')).toEqual([
      'section,name,value,unit',
      'input,rate,10,MB/s',
      'input,copies,3,',
      'input,nodes,,nodes',
      'input,cache,false,true/false',
      'input,mode,safe,fast|safe',
      'result,total,42,',
      '',
    ]);
  });

  it('writes JSON with inputs and result', () => {
    expect(JSON.parse(inputsAndResultsJson({ rate: 1 }, { total: 2 }))).toEqual({ inputs: { rate: 1 }, result: { total: 2 } });
  });
});
