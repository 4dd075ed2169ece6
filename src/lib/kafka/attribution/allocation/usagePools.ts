import { splitDetails } from '../allocatedLine';
import { driverScale, driverValue } from '../drivers';
import { splitWeights } from '../largestRemainder';
import type { FallbackTier } from '../model';
import { DRIVER_LABELS, POOL_LABELS, SECONDARY_DRIVERS, USAGE_POOL_IDS, type UsageDriverId, type UsagePoolId } from '../pools';
import { addLines, addNoUsageLine, isPositive, noteForTier } from './booking';
import type { AllocationContext } from './context';
import { bookIdleCapacity } from './idleCapacity';
import { proxyInternal } from './internalProxy';
import { splitPerTeam } from './teamSplits';
import { tieRotation } from './tieBreak';

/** Step: splits every usage pool on the bill, idle capacity first, then the rest by the pool's driver. */
export function allocateUsagePools(context: AllocationContext): void {
  for (const pool of USAGE_POOL_IDS) {
    const entry = context.bill.get(pool);
    if (!entry) continue;
    const driver = context.policies.drivers[pool];
    const { idleCents, utilisation } = bookIdleCapacity(context, pool, entry, driver);
    const remaining = entry.amountCents - idleCents;
    let tier: FallbackTier = 0;
    if (remaining !== 0n) {
      tier = splitUsagePool(context, pool, driver, remaining);
    }
    context.poolResults.push({
      pool,
      amountCents: entry.amountCents,
      driver: DRIVER_LABELS[driver],
      fallbackTier: tier,
      idleCents,
      ...(utilisation !== undefined ? { utilisation } : {}),
    });
  }
}

/** Splits a usage pool's `amount` over the eligible topics by its driver, falling back while no topic has any. */
function splitUsagePool(context: AllocationContext, pool: UsagePoolId, driver: UsageDriverId, amount: bigint): FallbackTier {
  const { policies, warnings, eligible } = context;
  if (eligible.length === 0) {
    addNoUsageLine(context, pool, amount, `${POOL_LABELS[pool]}: there are no topics to charge, so ${amount} cents go to Unallocated (no usage data)`);
    return 3;
  }
  if (driver === 'reserved-quota') {
    if (policies.teamQuotas.length > 0) return splitPerTeam(context, pool, amount, 'reserved-quota', eligible, 0);
    warnings.push(`${POOL_LABELS[pool]}: no team has a reserved quota, so the pool is split by ${DRIVER_LABELS.throughput} instead`);
  }
  const attempts: { driver: UsageDriverId; tier: FallbackTier }[] = [
    driver === 'reserved-quota' ? { driver: 'throughput', tier: 1 } : { driver, tier: 0 },
    { driver: SECONDARY_DRIVERS[pool], tier: 1 },
    { driver: 'even', tier: 2 },
  ];
  for (const attempt of attempts) {
    const values = eligible.map((object) => driverValue(attempt.driver, object.usage!, policies));
    const scale = driverScale(attempt.driver, policies);
    if (!values.some(isPositive)) continue;
    const weights = blendedWeights(context, pool, attempt.driver, values);
    if (attempt.tier > 0 && attempt !== attempts[0]) {
      warnings.push(
        attempt.tier === 1
          ? `${POOL_LABELS[pool]}: no topic has any ${DRIVER_LABELS[driver]}, so the pool falls back to its secondary driver ${DRIVER_LABELS[attempt.driver]}`
          : `${POOL_LABELS[pool]}: no topic has any ${DRIVER_LABELS[driver]} or ${DRIVER_LABELS[SECONDARY_DRIVERS[pool]]}, so the pool is split evenly`,
      );
    }
    const split = splitWeights(amount, eligible, weights, 'by-id', tieRotation(context.policies));
    const details = splitDetails(pool, {
      driver: DRIVER_LABELS[attempt.driver],
      driverScale: scale,
      totalWeight: split.totalWeight,
      splitCents: amount,
      method: attempt.driver === 'even' ? 'even' : 'proportional',
      fallbackTier: attempt.tier,
      note: noteForTier(attempt.tier),
    });
    const proxy = policies.internal === 'proxy';
    addLines(context, details, eligible, values, weights, split, proxy);
    if (proxy) {
      eligible.forEach((object, index) => {
        const cents = split.cents[index]!;
        if (object.internal && cents !== 0) proxyInternal(context, pool, driver, object, BigInt(cents));
      });
    }
    return attempt.tier;
  }
  // Unreachable: the even driver always has a positive total when there are eligible topics.
  return 2;
}

/** The split weights for a driver: its values, or for the blended drivers one integer weight per topic mixing both parts. */
function blendedWeights(context: AllocationContext, pool: UsagePoolId, driver: UsageDriverId, values: bigint[]): bigint[] {
  if (driver === 'throughput-70-even-30') {
    // 70% by throughput plus 30% evenly (Chitragupta's CKU split), as one integer weight each.
    const count = BigInt(values.length);
    const total = values.reduce((sum, value) => sum + value, 0n);
    return values.map((value) => 7n * count * value + 3n * total);
  }
  if (driver === 'throughput-50-storage-50') {
    // Half by throughput share, half by replicated-storage share (docs/method/kafka-cost-attribution.md §4.2, the hybrid for
    // storage-bound brokers): tp/Σtp + s/Σs in one integer weight, tp·Σs + s·Σtp.
    const storage = context.eligible.map((object) => object.usage!.replicatedBytes);
    const throughputTotal = values.reduce((sum, value) => sum + value, 0n);
    const storageTotal = storage.reduce((sum, value) => sum + value, 0n);
    if (storageTotal === 0n) {
      context.warnings.push(`${POOL_LABELS[pool]}: no topic has any replicated bytes, so the storage half follows throughput too`);
      return values;
    }
    return values.map((value, i) => value * storageTotal + storage[i]! * throughputTotal);
  }
  return values;
}
