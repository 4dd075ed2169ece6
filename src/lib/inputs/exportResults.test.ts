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
