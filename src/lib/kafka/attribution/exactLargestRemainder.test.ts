import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCents, splitWeights } from './largestRemainder';
import { splitCentsExactly } from './exactLargestRemainder';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// Weights as the allocation passes them: cents and partition counts, byte counts past 2^53, ties and zeros.
const weight = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n }),
  fc.bigInt({ min: 0n, max: 10n ** 15n }),
  fc.bigInt({ min: 10n ** 18n, max: 10n ** 20n }),
  fc.constantFrom(0n, 1n, 3n, MAX_SAFE, MAX_SAFE + 1n, 10n ** 18n + 1n, 10n ** 18n + 2n),
);
const amount = fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.constantFrom(MAX_SAFE, -MAX_SAFE));
const id = fc.string({ minLength: 1, maxLength: 3 });
const split = fc
  .array(fc.record({ id, weight }), { minLength: 1, maxLength: 60 })
  .filter((list) => list.some((recipient) => recipient.weight > 0n))
  .map((list) => ({ recipients: list.map((recipient) => ({ id: recipient.id })), weights: list.map((recipient) => recipient.weight) }));
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('splitWeights equals the exact largest-remainder specification', () => {
  it('for recipients in any order, repeated ids included, as consumer pays and allocated-cost splits pass them', () => {
    fc.assert(
      fc.property(amount, split, (cents, { recipients, weights }) => {
        const fast = splitWeights(cents, recipients, weights);
        const exact = splitCentsExactly(cents, recipients, weights);
        expect(Array.from(fast.cents, BigInt)).toEqual(exact.cents);
        expect(fast.roundingAdj).toEqual(exact.roundingAdj);
        expect(fast.totalWeight).toBe(exact.totalWeight);
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it("for topics in name order with the 'by-id' index tie-break, as the usage pools pass them", () => {
    const sorted = split
      .map(({ recipients, weights }) => {
        const rows = recipients.map((recipient, i) => ({ id: recipient.id, weight: weights[i]! })).sort(byId);
        // Topic names are unique, so drop repeats: the index tie-break relies on it.
        const unique = rows.filter((row, i) => i === 0 || row.id !== rows[i - 1]!.id);
        return { recipients: unique.map((row) => ({ id: row.id })), weights: unique.map((row) => row.weight) };
      })
      .filter(({ weights }) => weights.some((w) => w > 0n));
    fc.assert(
      fc.property(amount, sorted, (cents, { recipients, weights }) => {
        const fast = splitWeights(cents, recipients, weights, 'by-id');
        const exact = splitCentsExactly(cents, recipients, weights);
        expect(Array.from(fast.cents, BigInt)).toEqual(exact.cents);
        expect(fast.roundingAdj).toEqual(exact.roundingAdj);
      }),
      { seed: 53, numRuns: 200 },
    );
  });

  it('splitCents (team shares, idle capacity) agrees too', () => {
    fc.assert(
      fc.property(amount, split, (cents, { recipients, weights }) => {
        const list = recipients.map((recipient, i) => ({ id: recipient.id, weight: weights[i]! }));
        const exact = splitCentsExactly(cents, recipients, weights);
        const fast = splitCents(cents, list);
        expect(fast.cents).toEqual(exact.cents);
        expect(fast.roundingAdj).toEqual(exact.roundingAdj);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('with the tie-break rotated by a billing period, in any order and by id, and still sums to the amount', () => {
    const sorted = split.map(({ recipients, weights }) => {
      const rows = recipients.map((recipient, i) => ({ id: recipient.id, weight: weights[i]! })).sort(byId);
      const unique = rows.filter((row, i) => i === 0 || row.id !== rows[i - 1]!.id);
      return { recipients: unique.map((row) => ({ id: row.id })), weights: unique.map((row) => row.weight) };
    });
    fc.assert(
      fc.property(amount, split, sorted, fc.integer({ min: 0, max: 9999 }), (cents, any, inOrder, period) => {
        for (const [{ recipients, weights }, order] of [[any, 'any'], [inOrder, 'by-id']] as const) {
          if (!weights.some((w) => w > 0n)) continue;
          const fast = splitWeights(cents, recipients, weights, order, period);
          const exact = splitCentsExactly(cents, recipients, weights, period);
          expect(Array.from(fast.cents, BigInt)).toEqual(exact.cents);
          expect(fast.roundingAdj).toEqual(exact.roundingAdj);
          expect(exact.cents.reduce((sum, part) => sum + part, 0n)).toBe(cents);
        }
      }),
      { seed: 97, numRuns: 200 },
    );
  });

  it('rotates a tie through every recipient: 100 cents three ways, the leftover cent to a, b, c, then a again', () => {
    const recipients = ['c', 'a', 'b'].map((name) => ({ id: name }));
    const winners = [0, 1, 2, 3].map((period) => recipients[splitCentsExactly(100n, recipients, [1n, 1n, 1n], period).roundingAdj.indexOf(1)]!.id);
    expect(winners).toEqual(['a', 'b', 'c', 'a']);
  });

  it('matches the worked example: $1,000 seven ways, remainder cents to the first names', () => {
    const recipients = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => ({ id: name }));
    const exact = splitCentsExactly(100000n, recipients, recipients.map(() => 1n));
    expect(exact.cents).toEqual([14286n, 14286n, 14286n, 14286n, 14286n, 14285n, 14285n]);
    expect(exact.roundingAdj).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });
});
