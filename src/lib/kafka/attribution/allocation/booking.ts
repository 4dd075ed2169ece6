import { AllocatedLine, splitDetails, type SplitColumns, type SplitDetails } from '../allocatedLine';
import { IDLE_TEAM, NO_USAGE_OBJECT, PLATFORM_TEAM, UNALLOCATED_TEAM, type FallbackTier, type TeamKind } from '../model';
import type { WeightSplit } from '../largestRemainder';
import type { PoolId } from '../pools';
import type { AllocationContext, CostObject } from './context';

/** What kind of team a line belongs to: a real team or one of the policy teams. */
export function teamKind(team: string): TeamKind {
  if (team === PLATFORM_TEAM) return 'platform';
  if (team === IDLE_TEAM) return 'idle';
  if (team === UNALLOCATED_TEAM) return 'unallocated';
  return 'team';
}

/** The policy object with this id, made (with a ledger row) the first time it is asked for. */
export function policyObject(context: AllocationContext, id: string, team: string): CostObject {
  let object = context.policyObjects.get(id);
  if (!object) {
    object = {
      id,
      team,
      teamKind: teamKind(team),
      internal: false,
      usage: undefined,
      owner: undefined,
      match: 'unmapped',
      ruleLine: undefined,
      consumers: undefined,
      unmapped: false,
      row: context.ledger.addRow(),
    };
    context.policyObjects.set(id, object);
    context.objects.push(object);
  }
  return object;
}

/**
 * Books a split: a line for each recipient whose cents are not zero, except internal topics when
 * `holdInternal` (the proxy policy passes their cents on instead).
 */
export function addLines(
  context: AllocationContext,
  details: SplitDetails,
  recipients: readonly CostObject[],
  driverValues: readonly bigint[],
  weights: readonly bigint[],
  split: Pick<WeightSplit, 'cents' | 'roundingAdj'>,
  holdInternal = false,
): void {
  const { ledger, lines } = context;
  const columns: SplitColumns = { ...details, recipients, driverValues, weights, cents: split.cents, roundingAdj: split.roundingAdj };
  for (let index = 0; index < recipients.length; index++) {
    const cents = split.cents[index]!;
    if (cents === 0 || (holdInternal && recipients[index]!.internal)) continue;
    ledger.add(recipients[index]!.row, details.poolIndex, cents);
    lines.push(new AllocatedLine(columns, index));
  }
}

/** Books a single line of `cents` (none when zero). */
export function addLine(
  context: AllocationContext,
  object: CostObject,
  details: SplitDetails,
  cents: number,
  driverValue: bigint,
  weight: bigint,
  roundingAdjCents: number,
): void {
  addLines(context, details, [object], [driverValue], [weight], { cents: Float64Array.of(cents), roundingAdj: [roundingAdjCents] });
}

/** Keeps a pool that has no topic to charge on the Unallocated (no usage data) line. */
export function addNoUsageLine(context: AllocationContext, pool: PoolId, amount: bigint, warning: string): void {
  context.warnings.push(warning);
  const details = splitDetails(pool, {
    driver: 'none',
    driverScale: 1n,
    totalWeight: 1n,
    splitCents: amount,
    method: 'no-usage-data',
    fallbackTier: 3,
    note: 'No topic to charge: kept as Unallocated (no usage data)',
  });
  addLine(context, policyObject(context, NO_USAGE_OBJECT, UNALLOCATED_TEAM), details, Number(amount), 0n, 1n, 0);
}

export function isPositive(value: bigint): boolean {
  return value > 0n;
}

/** The line note that explains a split's fallback tier. */
export function noteForTier(tier: FallbackTier): string {
  switch (tier) {
    case 0:
      return 'Pool × driver / Σ driver';
    case 1:
      return 'Fallback: no topic had the pool’s driver, so its secondary driver was used';
    case 2:
      return 'Fallback: no usage data for this pool, so it was split evenly';
    case 3:
      return 'No topic to charge';
  }
}
