import type { AttributionPolicies } from '../model';

/**
 * How many places the name order of every tie-break turns: the billing period's number under
 * rotate-by-period, so a topic that ties every month does not take every tied cent every month;
 * 0 (plain name order) otherwise (docs/method/kafka-cost-attribution.md §5.1).
 */
export function tieRotation(policies: AttributionPolicies): number {
  return policies.tieBreak === 'rotate-by-period' ? policies.tieBreakPeriod : 0;
}
