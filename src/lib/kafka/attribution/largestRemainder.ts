import { selectSmallest } from './selectSmallest';

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

/** A split as splitWeights returns it: cents in doubles, exact since every share is below 2^53. */
export interface WeightSplit {
  /** Cents per recipient, aligned with the input order. */
  readonly cents: Float64Array;
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
 * The result is exact. For speed (10,000 topics × 9 pools) small splits run in integer-valued
 * doubles and large ones estimate first, falling back to BigInt only where it matters.
 */
export function splitCents(amount: bigint, recipients: readonly Recipient[], rotation = 0): CentSplit {
  const split = splitWeights(amount, recipients, recipients.map((recipient) => recipient.weight), 'any', rotation);
  return { cents: Array.from(split.cents, (cents) => BigInt(cents)), roundingAdj: split.roundingAdj, totalWeight: split.totalWeight };
}

/**
 * 'by-id': the caller guarantees the recipients come in id order (allocateCosts sorts its topics
 * once), so the tie-break is the index and no split re-checks 10,000 names. 'any': checked here.
 */
export type RecipientOrder = 'any' | 'by-id';

/**
 * splitCents with the weights apart from the recipients (weights[i] belongs to recipients[i]) and
 * the cents as doubles, for allocateCosts: no recipient object and no BigInt per share, 90,000
 * times for 10,000 topics. `rotation` (a whole number, the billing period under rotate-by-period)
 * turns the tie-break's name order: ties go first to the recipient at position rotation mod n in
 * name order, then onwards, wrapping round, so over n periods each recipient comes first once.
 */
export function splitWeights(
  amount: bigint,
  recipients: readonly { readonly id: string }[],
  weights: readonly bigint[],
  order: RecipientOrder = 'any',
  rotation = 0,
): WeightSplit {
  // Each weight as a double once: exact up to 2^53, an estimate above, and never 0 unless the weight is.
  const approx = new Float64Array(weights.length);
  let totalWeight = 0n;
  let run = 0;
  for (let i = 0; i < weights.length; i++) {
    // Number() keeps the sign and rounds monotonically, so the double answers both range checks.
    const number = Number(weights[i]!);
    if (number < 0) throw new RangeError(`negative weight for ${recipients[i]!.id}`);
    approx[i] = number;
    // Runs of weights add as doubles and carry into the BigInt total before they could pass 2^53.
    if (number > Number.MAX_SAFE_INTEGER) {
      totalWeight += weights[i]!;
    } else {
      if (run + number > Number.MAX_SAFE_INTEGER) {
        totalWeight += BigInt(run);
        run = 0;
      }
      run += number;
    }
  }
  totalWeight += BigInt(run);
  if (totalWeight === 0n) throw new RangeError('cannot split cents when every weight is zero');
  if (amount > MAX_EXACT || amount < -MAX_EXACT) throw new RangeError(`cannot split ${amount} cents exactly: beyond 2^53`);

  // A negative amount (a credit) is split as its absolute value and negated, so rounding is symmetric.
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const tieBreak = rotatedTieBreak(recipients, order, rotation);
  const split = fitsInDoubles(magnitude, totalWeight)
    ? splitSmall(Number(magnitude), approx, Number(totalWeight), tieBreak)
    : splitLarge(magnitude, weights, approx, totalWeight, tieBreak);
  if (negative) {
    for (let i = 0; i < split.cents.length; i++) {
      // Zero stays +0, never -0.
      if (split.cents[i] !== 0) split.cents[i] = -split.cents[i]!;
      if (split.roundingAdj[i] !== 0) split.roundingAdj[i] = -split.roundingAdj[i]!;
    }
  }
  return { ...split, totalWeight };
}

/** True when amount × total weight (so every amount × weight) stays below 2^53, where doubles do exact integer maths. */
function fitsInDoubles(magnitude: bigint, totalWeight: bigint): boolean {
  return totalWeight <= MAX_EXACT && magnitude * totalWeight <= MAX_EXACT;
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** Small numbers (cents, partition counts): exact integer floors and remainders in doubles. */
function splitSmall(magnitude: number, weights: Float64Array, total: number, tieBreak: TieBreak): { cents: Float64Array; roundingAdj: number[] } {
  const count = weights.length;
  const floors = new Float64Array(count);
  const remainders = new Float64Array(count);
  let floored = 0;
  for (let i = 0; i < count; i++) {
    const product = magnitude * weights[i]!;
    const remainder = product % total;
    floors[i] = (product - remainder) / total;
    remainders[i] = remainder;
    floored += floors[i]!;
  }
  const roundingAdj = new Array<number>(count).fill(0);
  const leftover = magnitude - floored;
  if (leftover > 0) {
    const candidates: number[] = [];
    for (let i = 0; i < count; i++) if (remainders[i]! > 0) candidates.push(i);
    // Signs, not differences: a comparator returning a double boxes it on every call.
    awardLeftover(candidates, leftover, floors, roundingAdj, (a, b) =>
      remainders[a] === remainders[b] ? tieBreak(a, b) : remainders[a]! > remainders[b]! ? -1 : 1,
    );
  }
  return { cents: floors, roundingAdj };
}

/**
 * Large numbers (byte counts): shares are estimated in floating point; wherever an estimate is
 * too close to a whole cent, or two fractional parts too close to order safely, the decision is
 * made again in exact BigInt arithmetic.
 */
function splitLarge(
  magnitude: bigint,
  weights: readonly bigint[],
  approx: Float64Array,
  totalWeight: bigint,
  tieBreak: TieBreak,
): { cents: Float64Array; roundingAdj: number[] } {
  const count = weights.length;
  // Every floor is at most the amount, below 2^53, so doubles hold them exactly.
  const floors = new Float64Array(count);
  const fractions = new Float64Array(count);
  const margins = new Float64Array(count);
  const magnitudeNumber = Number(magnitude);
  const totalNumber = Number(totalWeight);
  let floored = 0;
  for (let i = 0; i < count; i++) {
    const weight = approx[i]!;
    if (weight === 0) continue;
    const estimate = (magnitudeNumber * weight) / totalNumber;
    // A few ulps of relative error from the conversions, the product and the quotient.
    const margin = estimate * 1e-14 + 1e-9;
    const whole = Math.floor(estimate);
    const fraction = estimate - whole;
    if (fraction > margin && fraction < 1 - margin) {
      floors[i] = whole;
      fractions[i] = fraction;
      margins[i] = margin;
    } else {
      // Too close to a whole cent to trust the estimate: exact floor, and exact ordering later.
      floors[i] = Number((magnitude * weights[i]!) / totalWeight);
      margins[i] = EXACT_ONLY;
    }
    floored += floors[i]!;
  }

  const roundingAdj = new Array<number>(count).fill(0);
  const leftover = magnitudeNumber - floored;
  if (leftover > 0) {
    // Made on first use: most splits never need an exact remainder.
    let exact: (bigint | undefined)[] | undefined;
    const exactRemainder = (i: number): bigint => ((exact ??= new Array<bigint | undefined>(count))[i] ??= magnitude * weights[i]! - BigInt(floors[i]!) * totalWeight);
    const candidates: number[] = [];
    for (let i = 0; i < count; i++) {
      if (approx[i] === 0) continue;
      if (margins[i] !== EXACT_ONLY || exactRemainder(i) > 0n) candidates.push(i);
    }
    awardLeftover(candidates, leftover, floors, roundingAdj, (a, b) => {
      const gap = fractions[b]! - fractions[a]!;
      if (Math.abs(gap) > margins[a]! + margins[b]!) return gap > 0 ? 1 : -1;
      // Equal weights have equal remainders: a tie, with no BigInt work.
      if (approx[a] === approx[b] && weights[a] === weights[b]) return tieBreak(a, b);
      const ra = exactRemainder(a);
      const rb = exactRemainder(b);
      if (ra !== rb) return ra > rb ? -1 : 1;
      return tieBreak(a, b);
    });
  }
  return { cents: floors, roundingAdj };
}

/**
 * One more cent each to the `leftover` candidates that come first in largest-remainder order
 * (`before`: larger remainder first, then the tie-break). Which candidates win matters, not their
 * order among themselves, so a selection does instead of a sort.
 */
function awardLeftover(candidates: number[], leftover: number, floors: Float64Array, roundingAdj: number[], before: (a: number, b: number) => number): void {
  selectSmallest(candidates, leftover, before);
  // Fewer than the candidates: the leftover is the sum of their fractional parts, each below one.
  for (let i = 0; i < leftover; i++) {
    const index = candidates[i]!;
    floors[index]! += 1;
    roundingAdj[index] = 1;
  }
}

/** Marks a share whose fractional part must be compared exactly (its margin covers any gap). */
const EXACT_ONLY = 2;

type TieBreak = (a: number, b: number) => number;

/**
 * Orders two recipients (by index) by id, then by index, so that no two recipients tie (the
 * selection of the leftover winners needs a strict order; a repeated id keeps its input order,
 * as a stable sort did). When the recipients already come in id order, as allocateCosts passes
 * them, index order is id order, which saves thousands of string compares in pools full of ties
 * (partition counts).
 */
function idTieBreak(recipients: readonly { readonly id: string }[]): TieBreak {
  for (let i = 1; i < recipients.length; i++) {
    if (compareIds(recipients[i - 1]!.id, recipients[i]!.id) > 0) return (a, b) => compareIds(recipients[a]!.id, recipients[b]!.id) || a - b;
  }
  return byIndex;
}

/** The name-order tie-break turned by `rotation` places; unturned, the plain one. */
function rotatedTieBreak(recipients: readonly { readonly id: string }[], order: RecipientOrder, rotation: number): TieBreak {
  const count = recipients.length;
  const shift = count === 0 ? 0 : rotation % count;
  if (shift === 0) return order === 'by-id' ? byIndex : idTieBreak(recipients);
  const rank = order === 'by-id' ? undefined : nameRanks(recipients);
  // Each recipient's place in the turned order: distinct, so no two recipients tie.
  const place = (index: number) => ((rank ? rank[index]! : index) - shift + count) % count;
  return (a, b) => place(a) - place(b);
}

/** Each recipient's position in name order (a repeated name keeps its input order). */
function nameRanks(recipients: readonly { readonly id: string }[]): Int32Array {
  const indices = recipients.map((_, index) => index).sort((a, b) => compareIds(recipients[a]!.id, recipients[b]!.id) || a - b);
  const rank = new Int32Array(recipients.length);
  indices.forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}

function byIndex(a: number, b: number): number {
  return a - b;
}

/** Plain string order (byte order for Kafka's ASCII topic names), never locale-dependent. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
