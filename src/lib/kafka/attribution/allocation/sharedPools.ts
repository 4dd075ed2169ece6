import { splitDetails } from '../allocatedLine';
import { splitWeights } from '../largestRemainder';
import { ADJUSTMENTS_OBJECT, PLATFORM_TEAM, SHARED_OVERHEAD_OBJECT, type FallbackTier } from '../model';
import { DRIVER_LABELS, POOL_LABELS, type SharedDriverId } from '../pools';
import { addLine, addLines, addNoUsageLine, isPositive, noteForTier, policyObject } from './booking';
import type { AllocationContext } from './context';
import { splitPerTeam } from './teamSplits';
import { tieRotation } from './tieBreak';

type SharedPoolId = 'fixed' | 'adjustments';

/**
 * Step: splits the fixed costs and then the adjustments, which no usage measures, by the shared
 * driver: whole to Platform, per team, evenly, or by what each line already carries.
 */
export function allocateSharedPools(context: AllocationContext): void {
  for (const pool of ['fixed', 'adjustments'] as const) {
    const entry = context.bill.get(pool);
    if (!entry) continue;
    const driver = context.policies.drivers[pool];
    let tier: FallbackTier = 0;
    if (entry.capacity !== undefined) context.warnings.push(`${POOL_LABELS[pool]}: a capacity only applies to usage pools; ignoring it`);
    if (driver === 'platform') {
      const details = splitDetails(pool, {
        driver: DRIVER_LABELS.platform,
        driverScale: 1n,
        totalWeight: 1n,
        splitCents: entry.amountCents,
        method: 'platform',
        fallbackTier: 0,
        note: 'Kept whole on the Platform line by policy',
      });
      const object = policyObject(context, pool === 'fixed' ? SHARED_OVERHEAD_OBJECT : ADJUSTMENTS_OBJECT, PLATFORM_TEAM);
      addLine(context, object, details, Number(entry.amountCents), 0n, 1n, 0);
    } else {
      tier = splitSharedPool(context, pool, driver, entry.amountCents);
    }
    context.poolResults.push({ pool, amountCents: entry.amountCents, driver: DRIVER_LABELS[driver], fallbackTier: tier, idleCents: 0n });
  }
}

function splitSharedPool(context: AllocationContext, pool: SharedPoolId, driver: Exclude<SharedDriverId, 'platform'>, amount: bigint): FallbackTier {
  const { policies, warnings } = context;
  const targets = policies.internal === 'platform' ? context.byName : context.regular;
  if (driver === 'even-team') return splitPerTeam(context, pool, amount, 'even-team', targets, 0);
  if (driver === 'team-percent') {
    if (policies.teamShares.length > 0) return splitPerTeam(context, pool, amount, 'team-percent', targets, 0);
    warnings.push(`${POOL_LABELS[pool]}: no team has a fixed share, so the pool is split evenly per team instead`);
    return splitPerTeam(context, pool, amount, 'even-team', targets, 1);
  }
  if (driver === 'allocated-cost' && splitByAllocatedCost(context, pool, amount)) return 0;
  if (targets.length === 0) {
    addNoUsageLine(context, pool, amount, `${POOL_LABELS[pool]}: there are no topics to charge, so the pool goes to Unallocated (no usage data)`);
    return 3;
  }
  const ones = targets.map(() => 1n);
  const split = splitWeights(amount, targets, ones, 'by-id', tieRotation(context.policies));
  const tier: FallbackTier = driver === 'even' ? 0 : 2;
  const details = splitDetails(pool, {
    driver: DRIVER_LABELS.even,
    driverScale: 1n,
    totalWeight: BigInt(targets.length),
    splitCents: amount,
    method: 'even',
    fallbackTier: tier,
    note: noteForTier(tier),
  });
  addLines(context, details, targets, ones, ones, split);
  return tier;
}

/**
 * Splits a shared pool over every line (topics and policy objects) by the positive total it
 * carries so far; false, with a warning, when nothing positive has been allocated yet.
 */
function splitByAllocatedCost(context: AllocationContext, pool: SharedPoolId, amount: bigint): boolean {
  const { ledger, warnings } = context;
  const recipients = context.objects.filter((object) => ledger.carriesAny(object.row));
  const totals = recipients.map((object) => ledger.total(object.row));
  const negative = totals.filter((total) => total < 0).length;
  if (negative > 0) {
    warnings.push(`${POOL_LABELS[pool]}: ${negative} line(s) carry a negative total so far and take no share of this pool`);
  }
  const weights = totals.map((total) => (total > 0 ? BigInt(total) : 0n));
  if (!weights.some(isPositive)) {
    warnings.push(`${POOL_LABELS[pool]}: nothing has been allocated yet to weight this pool by, so it is split evenly`);
    return false;
  }
  const split = splitWeights(amount, recipients, weights, 'any', tieRotation(context.policies));
  const details = splitDetails(pool, {
    driver: DRIVER_LABELS['allocated-cost'],
    driverScale: 100n,
    totalWeight: split.totalWeight,
    splitCents: amount,
    method: 'proportional',
    fallbackTier: 0,
    note: pool === 'fixed' ? 'Shared cost by each line’s already allocated cost (weighted)' : 'Credit or discount by each line’s pre-adjustment total',
  });
  addLines(context, details, recipients, weights, weights, split);
  return true;
}
