import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFieldValue } from './validateFields';
import { fieldSchemas, parseValuesObject } from './zodSchema';
import { demoFields, demoSpec } from './testSpec';

describe('parseValuesObject (zod)', () => {
  it('fills defaults, treats null as not set and runs cross-field checks', () => {
    expect(parseValuesObject(demoSpec, { rate: 5, nodes: null })).toEqual({
      values: { rate: 5, copies: 3, nodes: undefined, cache: false, mode: 'safe' },
      errors: [],
    });
    expect(parseValuesObject(demoSpec, { copies: 4, nodes: 2 }).errors).toEqual([
      { field: 'copies', message: 'Copies (4) cannot exceed nodes (2)' },
    ]);
  });

  it('names the field and the problem, with the same words as the raw-string validator', () => {
    expect(parseValuesObject(demoSpec, { rate: -1, copies: 2.5, cache: 'yes', mode: 'turbo', colour: 'red' }).errors).toEqual([
      { field: 'rate', message: 'Rate must be at least 0 MB/s' },
      { field: 'copies', message: 'Copies must be a whole number' },
      { field: 'cache', message: 'Cache must be true or false; got “"yes"”' },
      { field: 'mode', message: 'Mode must be one of fast, safe; got “turbo”' },
      { field: 'colour', message: 'Unknown input “colour”' },
    ]);
    expect(parseValuesObject(demoSpec, { rate: '12' }).errors).toEqual([{ field: 'rate', message: 'Rate must be a number; got “"12"”' }]);
    expect(parseValuesObject(demoSpec, [1, 2]).errors).toEqual([{ field: '', message: 'Expected an object of input values' }]);
  });

  it('accepts exactly the numbers the raw-string validator accepts, with the same first message', () => {
    const schemas = fieldSchemas(demoSpec);
    const numberFields = demoFields.filter((field) => field.kind === 'number' || field.kind === 'integer');
    const candidates = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -10, max: 2000 }),
      fc.double({ min: -5, max: 1005, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...numberFields), candidates, (field, value) => {
        const raw = parseFieldValue(field, String(value));
        const typed = schemas[field.name]?.safeParse(value);
        expect(typed?.success).toBe(raw.ok);
        // String(Infinity) is not a number literal, so only finite values can share a message.
        if (!raw.ok && typed && !typed.success && Number.isFinite(value)) {
          expect(typed.error.issues[0]?.message).toBe(raw.error.message);
        }
      }),
    );
  });
});
