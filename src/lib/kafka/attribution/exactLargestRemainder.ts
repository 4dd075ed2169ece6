/**
 * The largest-remainder (Hamilton) method as docs/method/kafka-cost-attribution.md §5.1 states it,
 * in BigInt only and with no shortcut: the specification that the fast splitWeights/splitCents in
 * largestRemainder.ts must match exactly. Too slow for 10,000 topics; for tests.
 */
export interface ExactSplit {
  readonly cents: bigint[];
  /** +1 or -1 where the recipient got a remainder cent, else 0 (sign follows the amount). */
  readonly roundingAdj: number[];
  readonly totalWeight: bigint;
}

/**
 * Floors every exact share |amount| × w / Σw, then gives one more cent each to the largest
 * remainders, ties broken by name order (id, then position) turned by `rotation` places: the
 * recipient at position rotation mod n in name order comes first, then onwards, wrapping round.
 * A credit is split as its magnitude and negated.
 */
export function splitCentsExactly(amount: bigint, recipients: readonly { readonly id: string }[], weights: readonly bigint[], rotation = 0): ExactSplit {
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n);
  const magnitude = amount < 0n ? -amount : amount;
  const shares = weights.map((weight, index) => ({ index, floor: (magnitude * weight) / totalWeight, remainder: (magnitude * weight) % totalWeight }));
  let leftover = magnitude - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byName = recipients.map((_, index) => index).sort((a, b) => {
    const idA = recipients[a]!.id;
    const idB = recipients[b]!.id;
    return idA !== idB ? (idA < idB ? -1 : 1) : a - b;
  });
  const count = recipients.length;
  const place = new Map(byName.map((index, position) => [index, (position - (rotation % count) + count) % count]));
  const order = [...shares].sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    return place.get(a.index)! - place.get(b.index)!;
  });
  const roundingAdj = weights.map(() => 0);
  for (const share of order) {
    if (leftover === 0n) break;
    share.floor += 1n;
    roundingAdj[share.index] = amount < 0n ? -1 : 1;
    leftover--;
  }
  return { cents: shares.map((share) => (amount < 0n ? -share.floor : share.floor)), roundingAdj, totalWeight };
}
