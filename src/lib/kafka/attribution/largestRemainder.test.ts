import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCents, splitWeights } from './largestRemainder';
import { splitCentsExactly } from './exactLargestRemainder';

const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('splitCents (largest remainder)', () => {
  it('splits $1,000 seven ways to exactly $1,000, remainder cents to the first names (docs/method/kafka-cost-attribution.md §5.1)', () => {
    // 100000 / 7 = 14285.714…: floors sum to 99995, so the 5 cents left go to a..e on the name tie-break.
    // Rounding each share half-up instead would give 7 × 14286 = 100002 (2 cents over).
    const split = splitCents(100000n, names.map((id) => ({ id, weight: 1n })));
    expect(split.cents).toEqual([14286n, 14286n, 14286n, 14286n, 14286n, 14285n, 14285n]);
    expect(split.roundingAdj).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it('splits $100 over 333/333/334 bytes as $33.30/$33.30/$33.40 (docs/method/kafka-cost-attribution.md §5.1)', () => {
    const split = splitCents(10000n, [
      { id: 'x', weight: 333n },
      { id: 'y', weight: 333n },
      { id: 'z', weight: 334n },
    ]);
    expect(split.cents).toEqual([3330n, 3330n, 3340n]);
  });

  it('gives the leftover cent to the largest fractional part, not the largest recipient', () => {
    // 100 × 1/6 = 16.67, 100 × 2/6 = 33.33, 100 × 3/6 = 50: the single leftover cent goes to the 1/6 share.
    const split = splitCents(100n, [
      { id: 'big', weight: 3n },
      { id: 'mid', weight: 2n },
      { id: 'small', weight: 1n },
    ]);
    expect(split.cents).toEqual([50n, 33n, 17n]);
  });

  it('splits a credit symmetrically: -$10.00 three ways is -3.34, -3.33, -3.33', () => {
    const split = splitCents(-1000n, [
      { id: 'c', weight: 1n },
      { id: 'a', weight: 1n },
      { id: 'b', weight: 1n },
    ]);
    expect(split.cents).toEqual([-333n, -334n, -333n]);
    expect(split.roundingAdj).toEqual([0, -1, 0]);
  });

  it('refuses an all-zero or negative weight', () => {
    expect(() => splitCents(100n, [{ id: 'a', weight: 0n }])).toThrow(/every weight is zero/);
    expect(() => splitCents(100n, [{ id: 'a', weight: -1n }])).toThrow(/negative weight/);
    expect(() => splitCents(2n ** 60n, [{ id: 'a', weight: 1n }])).toThrow(/beyond 2\^53/);
  });

  const recipients = fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), weight: fc.bigInt({ min: 0n, max: 10n ** 15n }) }),
    { minLength: 1, maxLength: 30, selector: (r) => r.id },
  ).filter((list) => list.some((r) => r.weight > 0n));
  const amounts = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });

  it('always sums to the amount, stays within a cent of the exact share, and never pays a zero weight', () => {
    fc.assert(
      fc.property(amounts, recipients, (amount, list) => {
        const split = splitCents(amount, list);
        const total = list.reduce((sum, r) => sum + r.weight, 0n);
        expect(split.cents.reduce((sum, c) => sum + c, 0n)).toBe(amount);
        list.forEach((r, i) => {
          const cents = split.cents[i]!;
          if (r.weight === 0n) expect(cents).toBe(0n);
          // |cents·W − amount·w| < W  ⇔  |cents − exact| < 1
          const diff = cents * total - amount * r.weight;
          expect(diff < total && -diff < total).toBe(true);
        });
      }),
    );
  });

  const referenceSplit = (amount: bigint, list: readonly { id: string; weight: bigint }[]) =>
    splitCentsExactly(amount, list, list.map((recipient) => recipient.weight)).cents;

  it('agrees exactly with a pure-BigInt reference, near-ties and 20-digit weights included', () => {
    const weight = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 15n }),
      fc.bigInt({ min: 10n ** 18n, max: 10n ** 20n }),
      fc.constantFrom(1n, 2n, 3n, 7n, 10n ** 18n + 1n, 10n ** 18n + 2n),
    );
    const list = fc
      .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), weight }), { minLength: 1, maxLength: 40, selector: (r) => r.id })
      .filter((l) => l.some((r) => r.weight > 0n));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), list, (amount, recipients) => {
        expect(splitCents(amount, recipients).cents).toEqual(referenceSplit(amount, recipients));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the reference on hundreds of recipients with many tied weights, in and out of id order', () => {
    // Large enough lists that the leftover cents are picked by partial selection over many ties.
    const list = fc
      .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 5 }), weight: fc.constantFrom(0n, 1n, 2n, 3n, 10n ** 15n, 10n ** 18n + 1n) }), {
        minLength: 50,
        maxLength: 400,
        selector: (r) => r.id,
      })
      .filter((l) => l.some((r) => r.weight > 0n));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), list, fc.boolean(), (amount, recipients, inIdOrder) => {
        const ordered = inIdOrder ? [...recipients].sort((a, b) => (a.id < b.id ? -1 : 1)) : recipients;
        expect(splitCents(amount, ordered).cents).toEqual(referenceSplit(amount, ordered));
      }),
      { numRuns: 200 },
    );
  });

  it('splitWeights: the same split with weights apart from the recipients and cents as doubles, never -0', () => {
    const split = splitWeights(-1000n, [{ id: 'c' }, { id: 'a' }, { id: 'b' }, { id: 'z' }], [1n, 1n, 1n, 0n]);
    expect(Array.from(split.cents)).toEqual([-333, -334, -333, 0]);
    expect(Object.is(split.cents[3], 0)).toBe(true);
    expect(split.roundingAdj).toEqual([0, -1, 0, 0]);
    expect(split.totalWeight).toBe(3n);
    expect(() => splitWeights(1n, [{ id: 'a' }], [-1n])).toThrow(/negative weight for a/);
  });

  it('splitWeights: totals weights exactly across 2^53, and a caller-sorted list ties by index as the id check would', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    const huge = splitWeights(10n, [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], [max, max, 5n, 2n ** 70n + 1n]);
    expect(huge.totalWeight).toBe(2n * max + 5n + 2n ** 70n + 1n);
    expect(Array.from(huge.cents).reduce((sum, cents) => sum + cents, 0)).toBe(10);
    fc.assert(
      fc.property(amounts, recipients, (amount, list) => {
        const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const weights = sorted.map((r) => r.weight);
        const checked = splitWeights(amount, sorted, weights);
        const trusted = splitWeights(amount, sorted, weights, 'by-id');
        expect(Array.from(trusted.cents)).toEqual(Array.from(checked.cents));
        expect(trusted.roundingAdj).toEqual(checked.roundingAdj);
      }),
    );
  });

  it('gives a repeated id\'s remainder cent to its first occurrence, as the stable sort did', () => {
    // 5 cents over four equal weights: 1 each, and the one cent left goes to the first "a" (index 1).
    const split = splitCents(5n, ['b', 'a', 'c', 'a'].map((id) => ({ id, weight: 1n })));
    expect(split.cents).toEqual([1n, 2n, 1n, 1n]);
  });

  it('does not depend on the order of recipients', () => {
    fc.assert(
      fc.property(amounts, recipients, (amount, list) => {
        const forward = splitCents(amount, list);
        const reversed = splitCents(amount, [...list].reverse());
        list.forEach((_, i) => expect(reversed.cents[list.length - 1 - i]).toBe(forward.cents[i]));
      }),
    );
  });
});
