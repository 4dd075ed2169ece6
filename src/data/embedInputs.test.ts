import { describe, expect, it } from 'vitest';
import { sizingSpec } from '../lib/kafka/sizing/sizingFields';
import { embedInputs } from './embedInputs';

describe('embedInputs', () => {
  it('passes a valid query through, without a leading "?"', () => {
    expect(embedInputs(sizingSpec, 'kafka-sizing', '?write-peak=180&fanout=3')).toBe('write-peak=180&fanout=3');
    expect(embedInputs(sizingSpec, 'kafka-sizing', undefined)).toBe('');
  });

  it('fails on an unknown parameter or a bad value, naming the embed', () => {
    expect(() => embedInputs(sizingSpec, 'kafka-sizing', 'write-peek=180')).toThrow(/kafka-sizing.*write-peek/);
    expect(() => embedInputs(sizingSpec, 'kafka-sizing', 'fanout=-2')).toThrow(/fan/i);
  });
});
