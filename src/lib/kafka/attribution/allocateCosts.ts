import { chargeConsumers } from './allocation/consumerPays';
import { prepareContext } from './allocation/prepareContext';
import { redistributeUnallocated } from './allocation/redistributeUnallocated';
import { allocateSharedPools } from './allocation/sharedPools';
import { totals } from './allocation/totals';
import { allocateUsagePools } from './allocation/usagePools';
import type { AttributionInput, AttributionResult } from './model';

export { teamKind } from './allocation/booking';

/**
 * Allocates a Kafka bill to topics and teams (docs/method/kafka-cost-attribution.md §4.1): every usage pool by its driver
 * (with idle capacity and fallbacks), internal topics by policy, then fixed costs and adjustments
 * by what each topic already carries. Money is integer cents throughout; each split uses the
 * largest-remainder method, so every pool's lines sum to the pool and all lines to the bill.
 *
 * Each step reads and books into one AllocationContext, in this order: later steps weigh by what
 * earlier ones booked (shared pools by allocated cost, consumer pays by egress cents).
 */
export function allocateCosts(input: AttributionInput): AttributionResult {
  const context = prepareContext(input);
  allocateUsagePools(context);
  allocateSharedPools(context);
  chargeConsumers(context);
  redistributeUnallocated(context);
  return totals(context);
}
