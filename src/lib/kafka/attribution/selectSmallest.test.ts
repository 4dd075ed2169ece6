import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectSmallest } from './selectSmallest';

const ascending = (a: number, b: number): number => a - b;

describe('selectSmallest', () => {
  it('moves the two smallest of 5, 3, 9, 1, 7 to the front', () => {
    const items = [5, 3, 9, 1, 7];
    selectSmallest(items, 2, ascending);
    expect(items.slice(0, 2).sort(ascending)).toEqual([1, 3]);
    expect(items.slice(2).sort(ascending)).toEqual([5, 7, 9]);
  });

  it('leaves the items alone when nothing or everything is selected', () => {
    const items = [4, 2, 8];
    selectSmallest(items, 0, ascending);
    expect(items).toEqual([4, 2, 8]);
    selectSmallest(items, 3, ascending);
    expect(items).toEqual([4, 2, 8]);
  });

  it('still selects correctly when the pivots keep splitting unevenly and it falls back to sorting', () => {
    // Median-of-three pivots on this order take more than the 6 partitions allowed for 8 items.
    const items = [1, 2, 0, 7, 3, 4, 5, 6];
    selectSmallest(items, 3, ascending);
    expect(items.slice(0, 3).sort(ascending)).toEqual([0, 1, 2]);
    expect(items.slice(3).sort(ascending)).toEqual([3, 4, 5, 6, 7]);
  });

  it('puts exactly the smallest `count` items first, for any distinct items and count', () => {
    const input = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 0, maxLength: 200 });
    fc.assert(
      fc.property(input, fc.nat(), (values, seed) => {
        const count = values.length === 0 ? 0 : seed % (values.length + 1);
        const items = [...values];
        selectSmallest(items, count, ascending);
        const sorted = [...values].sort(ascending);
        expect(items.slice(0, count).sort(ascending)).toEqual(sorted.slice(0, count));
        expect(items.slice(count).sort(ascending)).toEqual(sorted.slice(count));
      }),
      { numRuns: 500 },
    );
  });
});
