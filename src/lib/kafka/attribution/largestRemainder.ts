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
 * fractional parts, ties broken by recipient id. The parts always sum to the amount and a
 * zero-weight recipient never gets a cent.
 *
 * The result is exact. For speed (10,000 topics × 9 pools), shares are first estimated in
 * floating point; wherever the estimate is too close to a whole cent, or two fractional parts are
 * too close to order safely, the decision is made again in exact BigInt arithmetic.
 */
export function splitCents(amount: bigint, recipients: readonly Recipient[]): CentSplit {
  let totalWeight = 0n;
  for (const recipient of recipients) {
    if (recipient.weight < 0n) throw new RangeError(`negative weight for ${recipient.id}`);
    totalWeight += recipient.weight;
  }
  if (totalWeight === 0n) throw new RangeError('cannot split cents when every weight is zero');

  // A negative amount (a credit) is split as its absolute value and negated, so rounding is symmetric.
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const count = recipients.length;
  const floors = new Array<bigint>(count);
  const fractions = new Float64Array(count);
  const margins = new Float64Array(count);
  const magnitudeNumber = Number(magnitude);
  const totalNumber = Number(totalWeight);
  let floored = 0n;
  for (let i = 0; i < count; i++) {
    const weight = recipients[i]!.weight;
    if (weight === 0n) {
      floors[i] = 0n;
      continue;
    }
    const estimate = (magnitudeNumber * Number(weight)) / totalNumber;
    // A few ulps of relative error from the conversions, the product and the quotient.
    const margin = estimate * 1e-14 + 1e-9;
    const whole = Math.floor(estimate);
    const fraction = estimate - whole;
    let floor: bigint;
    if (fraction > margin && fraction < 1 - margin && whole <= Number.MAX_SAFE_INTEGER) {
      floor = BigInt(whole);
      fractions[i] = fraction;
      margins[i] = margin;
    } else {
      // Too close to a whole cent to trust the estimate: exact floor, and exact ordering later.
      floor = (magnitude * weight) / totalWeight;
      fractions[i] = 0;
      margins[i] = EXACT_ONLY;
    }
    floors[i] = floor;
    floored += floor;
  }

  const roundingAdj = new Array<number>(count).fill(0);
  let leftover = Number(magnitude - floored);
  if (leftover > 0) {
    const exactRemainder = (i: number) => magnitude * recipients[i]!.weight - floors[i]! * totalWeight;
    const candidates: number[] = [];
    for (let i = 0; i < count; i++) {
      if (recipients[i]!.weight === 0n) continue;
      if (margins[i] !== EXACT_ONLY || exactRemainder(i) > 0n) candidates.push(i);
    }
    candidates.sort((a, b) => {
      const gap = fractions[b]! - fractions[a]!;
      if (Math.abs(gap) > margins[a]! + margins[b]!) return gap;
      const ra = exactRemainder(a);
      const rb = exactRemainder(b);
      if (ra !== rb) return ra > rb ? -1 : 1;
      return compareIds(recipients[a]!.id, recipients[b]!.id);
    });
    for (const index of candidates) {
      if (leftover === 0) break;
      floors[index]! += 1n;
      roundingAdj[index] = 1;
      leftover--;
    }
  }
  if (negative) {
    for (let i = 0; i < count; i++) {
      floors[i] = -floors[i]!;
      if (roundingAdj[i] !== 0) roundingAdj[i] = -roundingAdj[i]!;
    }
  }
  return { cents: floors, roundingAdj, totalWeight };
}

/** Marks a share whose fractional part must be compared exactly (its margin covers any gap). */
const EXACT_ONLY = 2;

/** Plain string order (byte order for Kafka's ASCII topic names), never locale-dependent. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
