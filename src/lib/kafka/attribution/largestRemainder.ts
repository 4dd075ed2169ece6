/** One recipient of a split: a name for the tie-break and a non-negative integer weight. */
export interface Recipient {
  readonly id: string;
  readonly weight: bigint;
}

export interface CentSplit {
  /** Cents per recipient, aligned with the input order. */
  readonly cents: bigint[];
  /** +1 or -1 where the recipient got a remainder cent, else 0 (sign follows the amount). */
  readonly roundingAdj: number[];
  /** Sum of the weights: the denominator of every exact share. */
  readonly totalWeight: bigint;
}

/**
 * Splits an integer number of cents in proportion to integer weights with the largest-remainder
 * (Hamilton) method: floor every exact share, then give the cents left over to the largest
 * fractional parts, ties broken by recipient id. All arithmetic is exact (BigInt), so the parts
 * always sum to the amount and a zero-weight recipient never gets a cent.
 */
export function splitCents(amount: bigint, recipients: readonly Recipient[]): CentSplit {
  let totalWeight = 0n;
  for (const recipient of recipients) {
    if (recipient.weight < 0n) throw new RangeError(`negative weight for ${recipient.id}`);
    totalWeight += recipient.weight;
  }
  if (totalWeight === 0n) throw new RangeError('cannot split cents when every weight is zero');

  // A negative amount (a credit) is split as its absolute value and negated, so rounding is symmetric.
  const sign = amount < 0n ? -1n : 1n;
  const magnitude = amount * sign;
  const cents = new Array<bigint>(recipients.length);
  const roundingAdj = new Array<number>(recipients.length).fill(0);
  const remainders: { index: number; remainder: bigint }[] = [];
  let floored = 0n;
  for (let i = 0; i < recipients.length; i++) {
    const product = magnitude * recipients[i]!.weight;
    const floor = product / totalWeight;
    const remainder = product % totalWeight;
    cents[i] = floor;
    floored += floor;
    if (remainder > 0n) remainders.push({ index: i, remainder });
  }
  let leftover = Number(magnitude - floored);
  if (leftover > 0) {
    remainders.sort((a, b) => {
      if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
      return compareIds(recipients[a.index]!.id, recipients[b.index]!.id);
    });
    for (const { index } of remainders) {
      if (leftover === 0) break;
      cents[index]! += 1n;
      roundingAdj[index] = 1;
      leftover--;
    }
  }
  if (sign < 0n) {
    for (let i = 0; i < cents.length; i++) {
      cents[i] = -cents[i]!;
      if (roundingAdj[i] !== 0) roundingAdj[i] = -roundingAdj[i]!;
    }
  }
  return { cents, roundingAdj, totalWeight };
}

/** Plain string order (byte order for Kafka's ASCII topic names), never locale-dependent. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
