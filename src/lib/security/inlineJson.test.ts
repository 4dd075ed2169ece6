import { describe, expect, it } from 'vitest';
import { inlineJson } from './inlineJson';

describe('inlineJson', () => {
  const hostile = { headline: 'A </script><base href="//evil.test/"> & <!-- trick \u2028\u2029' };

  it('leaves no character that can end or comment out a script element', () => {
    const text = inlineJson(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u0026');
    expect(text).toContain('\\u2028\\u2029');
  });

  it('is the same JSON value as JSON.stringify', () => {
    expect(JSON.parse(inlineJson(hostile))).toEqual(hostile);
    expect(inlineJson({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}');
  });
});
