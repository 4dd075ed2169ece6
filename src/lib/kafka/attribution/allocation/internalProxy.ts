import { splitDetails } from '../allocatedLine';
import { driverScale, driverValue } from '../drivers';
import { splitWeights } from '../largestRemainder';
import { DRIVER_LABELS, POOL_LABELS, type UsageDriverId, type UsagePoolId } from '../pools';
import { addLine, addLines, isPositive } from './booking';
import type { AllocationContext, CostObject } from './context';
import { tieRotation } from './tieBreak';

/** Moves an internal topic's cents to the regular topics by a proxy driver (docs/method/kafka-cost-attribution.md §4.7). */
export function proxyInternal(context: AllocationContext, pool: UsagePoolId, poolDriver: UsageDriverId, internal: CostObject, cents: bigint): void {
  const { policies, regular } = context;
  const proxies: UsageDriverId[] =
    internal.id === '__consumer_offsets'
      ? ['consumer-groups', 'bytes-out']
      : internal.id === '__transaction_state'
        ? ['bytes-in']
        : ['throughput'];
  for (const proxy of [...proxies, poolDriver, 'even' as const]) {
    const values = regular.map((object) => driverValue(proxy, object.usage!, policies));
    const scale = driverScale(proxy, policies);
    if (!values.some(isPositive)) continue;
    const split = splitWeights(cents, regular, values, 'by-id', tieRotation(context.policies));
    const details = splitDetails(pool, {
      driver: `${DRIVER_LABELS[proxy]} (proxy for ${internal.id})`,
      driverScale: scale,
      totalWeight: split.totalWeight,
      splitCents: cents,
      method: 'internal-proxy',
      fallbackTier: 0,
      note: `${internal.id}'s share of this pool, passed on to regular topics by ${DRIVER_LABELS[proxy]}`,
    });
    addLines(context, details, regular, values, values, split);
    return;
  }
  context.warnings.push(`${POOL_LABELS[pool]}: no regular topic to pass ${internal.id}'s cost to, so it stays on ${internal.id}`);
  const details = splitDetails(pool, {
    driver: DRIVER_LABELS[poolDriver],
    driverScale: 1n,
    totalWeight: 1n,
    splitCents: cents,
    method: 'proportional',
    fallbackTier: 0,
    note: 'Internal topic cost with no regular topic to pass it to',
  });
  addLine(context, internal, details, Number(cents), 0n, 1n, 0);
}
