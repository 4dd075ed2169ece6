import { splitDetails } from '../allocatedLine';
import { driverScale, driverValue } from '../drivers';
import { formatRatio } from '../exactNumbers';
import { splitCents } from '../largestRemainder';
import { IDLE_OBJECT, IDLE_TEAM, PLATFORM_TEAM } from '../model';
import { POOL_LABELS, type UsageDriverId, type UsagePoolId } from '../pools';
import { addLine, policyObject } from './booking';
import type { AllocationContext, BillEntry } from './context';

export interface IdleCapacity {
  /** The cents booked to the idle line (0 when there is none). */
  readonly idleCents: bigint;
  /** Measured use over capacity, when a capacity could be measured against. */
  readonly utilisation: string | undefined;
}

/**
 * Books a usage pool's idle capacity, pool × (1 − use / capacity), to the idle line (or Platform)
 * when the bill gives a capacity and the policy does not share idle capacity out.
 */
export function bookIdleCapacity(context: AllocationContext, pool: UsagePoolId, entry: BillEntry, driver: UsageDriverId): IdleCapacity {
  const { policies, warnings } = context;
  const none: IdleCapacity = { idleCents: 0n, utilisation: undefined };
  if (entry.capacity === undefined || policies.idle === 'share') return none;
  if (driver === 'even') {
    warnings.push(`${POOL_LABELS[pool]}: a capacity was given but the driver is "even", so idle capacity cannot be measured; no idle line`);
    return none;
  }
  if (entry.capacity <= 0n) {
    warnings.push(`${POOL_LABELS[pool]}: capacity must be positive, ignoring it`);
    return none;
  }
  // Blended drivers measure use by their throughput part.
  const measuredDriver: UsageDriverId = driver === 'throughput-70-even-30' || driver === 'throughput-50-storage-50' || driver === 'reserved-quota' ? 'throughput' : driver;
  let used = 0n;
  const scale = driverScale(measuredDriver, policies);
  for (const object of context.topics) used += driverValue(measuredDriver, object.usage!, policies);
  const capacity = entry.capacity * scale;
  const utilisation = formatRatio(used < capacity ? used : capacity, capacity, 6);
  if (used > capacity) {
    warnings.push(`${POOL_LABELS[pool]}: measured use (${formatRatio(used, scale, 0)}) exceeds the capacity (${entry.capacity}); no idle line`);
    return { idleCents: 0n, utilisation };
  }
  if (used === capacity) return { idleCents: 0n, utilisation };
  // Idle = C × (1 − U/Cap), rounded against the used part so the two add up to the pool.
  const split = splitCents(entry.amountCents, [
    { id: 'used', weight: used },
    { id: IDLE_OBJECT, weight: capacity - used },
  ]);
  const idleCents = split.cents[1]!;
  const idleTeam = policies.idle === 'platform' ? PLATFORM_TEAM : IDLE_TEAM;
  const idleLine = splitDetails(pool, {
    driver: 'capacity − measured use',
    driverScale: scale,
    totalWeight: capacity,
    splitCents: entry.amountCents,
    method: 'idle-capacity',
    fallbackTier: 0,
    note: `${policies.idle === 'platform' ? 'Idle capacity charged to Platform' : 'Idle capacity kept as its own line'}: pool × (1 − use / capacity)`,
  });
  addLine(context, policyObject(context, IDLE_OBJECT, idleTeam), idleLine, Number(idleCents), capacity - used, capacity - used, split.roundingAdj[1]!);
  return { idleCents, utilisation };
}
