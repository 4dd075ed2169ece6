import { describe, expect, it } from 'vitest';
import { linearScale, niceCeiling, niceStep, niceTicks } from './lineChartScale';

describe('linearScale', () => {
  it('maps the domain onto the range, inverted ranges included', () => {
    const y = linearScale([0, 200], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(200)).toBe(20);
    expect(y(50)).toBe(230);
  });

  it('maps a zero-width domain to the start of the range', () => {
    expect(linearScale([5, 5], [10, 90])(5)).toBe(10);
  });
});

describe('niceStep', () => {
  it('rounds to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(0.8, 4)).toBeCloseTo(0.2, 12);
    expect(niceStep(73, 5)).toBe(10);
    expect(niceStep(3_400, 5)).toBe(500);
  });
});

describe('niceTicks', () => {
  it('covers the range at a nice step without float noise', () => {
    expect(niceTicks(0.2, 1, 4)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 137, 5)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });

  it('returns the single value for an empty range', () => {
    expect(niceTicks(3, 3, 5)).toEqual([3]);
  });
});

describe('niceCeiling', () => {
  it('rounds the maximum up to the next step', () => {
    expect(niceCeiling(137, 5)).toBe(140);
    expect(niceCeiling(0, 5)).toBe(1);
  });
});
