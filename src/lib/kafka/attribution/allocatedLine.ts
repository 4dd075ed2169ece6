import type { FallbackTier, LineItem, LineMethod, TeamKind } from './model';
import { POOL_IDS, type PoolId } from './pools';

/** What a line shows of the topic or policy object it charges. */
export interface LineRecipient {
  readonly id: string;
  readonly team: string;
  readonly teamKind: TeamKind;
}

/** The pool's column in allocateCosts' CentsLedger: its place in POOL_IDS. */
export const POOL_INDEX = new Map<PoolId, number>(POOL_IDS.map((pool, index) => [pool, index]));

/** What every line of one split shares, made once per split rather than once per line. */
export interface SplitDetails extends Pick<LineItem, 'pool' | 'driver' | 'driverScale' | 'totalWeight' | 'splitCents' | 'method' | 'fallbackTier' | 'note'> {
  /** The pool's column in the CentsLedger. */
  readonly poolIndex: number;
}

export function splitDetails(pool: PoolId, details: Omit<SplitDetails, 'pool' | 'poolIndex'>): SplitDetails {
  return { pool, poolIndex: POOL_INDEX.get(pool)!, ...details };
}

/**
 * A split's details with its columns, one entry per recipient. A line is an index into them, so
 * 90,000 lines cost two fields each rather than a copy of everything they show.
 */
export interface SplitColumns extends SplitDetails {
  readonly recipients: readonly LineRecipient[];
  readonly driverValues: readonly bigint[];
  readonly weights: readonly bigint[];
  readonly cents: Float64Array;
  readonly roundingAdj: readonly number[];
}

/** A line as an index into its split's columns (see SplitColumns). */
export class AllocatedLine implements LineItem {
  constructor(
    private readonly split: SplitColumns,
    private readonly index: number,
  ) {}

  get pool(): PoolId {
    return this.split.pool;
  }
  get topic(): string {
    return this.split.recipients[this.index]!.id;
  }
  get team(): string {
    return this.split.recipients[this.index]!.team;
  }
  get teamKind(): TeamKind {
    return this.split.recipients[this.index]!.teamKind;
  }
  get driver(): string {
    return this.split.driver;
  }
  get driverValue(): bigint {
    return this.split.driverValues[this.index]!;
  }
  get driverScale(): bigint {
    return this.split.driverScale;
  }
  get weight(): bigint {
    return this.split.weights[this.index]!;
  }
  get totalWeight(): bigint {
    return this.split.totalWeight;
  }
  get splitCents(): bigint {
    return this.split.splitCents;
  }
  get amountCents(): bigint {
    return centsAsBigInt(this.split.cents[this.index]!);
  }
  get method(): LineMethod {
    return this.split.method;
  }
  get fallbackTier(): FallbackTier {
    return this.split.fallbackTier;
  }
  get roundingAdjCents(): number {
    return this.split.roundingAdj[this.index]!;
  }
  get note(): string {
    return this.split.note;
  }
}

/**
 * BigInts are immutable values, so lines and topic results can share one per small amount (most
 * of 90,000 lines hold a few cents to a few dollars) rather than each hand the garbage collector
 * a fresh one to move.
 */
const SMALL_CENTS = Array.from({ length: 2048 }, (_, i) => BigInt(i - 1024));

export function centsAsBigInt(cents: number): bigint {
  return cents >= -1024 && cents < 1024 ? SMALL_CENTS[cents + 1024]! : BigInt(cents);
}
