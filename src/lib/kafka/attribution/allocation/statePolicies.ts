import type { AttributionPolicies, PolicyStatement } from '../model';
import {
  CHOICE_POLICIES,
  CHOICE_POLICY_KEYS,
  LIST_POLICIES,
  SWITCH_POLICIES,
  SWITCH_POLICY_KEYS,
  WHOLE_NUMBER_POLICIES,
  WHOLE_NUMBER_POLICY_KEYS,
} from '../policyCatalog';
import { DRIVER_LABELS, POOL_IDS, POOL_LABELS } from '../pools';
import { formatHundredths, type TeamWeight } from '../teamShares';

/**
 * Every policy the allocation followed, in catalog order, with what its value means, so an
 * exported result says how it was reached: the billing semantics (replication transfer billed or
 * not), each pool's driver and the leftover-cent tie-break included.
 */
export function statePolicies(policies: AttributionPolicies): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  for (const key of CHOICE_POLICY_KEYS) {
    const { label, values } = CHOICE_POLICIES[key];
    const value = policies[key];
    const meaning = values.find((option) => option.value === value)?.label ?? value;
    statements.push({ policy: key, label, value, meaning: key === 'tieBreak' ? tieBreakMeaning(policies) : meaning });
  }
  for (const key of WHOLE_NUMBER_POLICY_KEYS) {
    const value = String(policies[key]);
    statements.push({ policy: key, label: WHOLE_NUMBER_POLICIES[key].label, value, meaning: value });
  }
  for (const key of SWITCH_POLICY_KEYS) {
    const value = policies[key] ? 'on' : 'off';
    statements.push({ policy: key, label: SWITCH_POLICIES[key].label, value, meaning: value });
  }
  const patterns = policies.extraInternalPatterns.join(', ');
  statements.push({ policy: 'internalPatterns', label: LIST_POLICIES.internalPatterns.label, value: patterns, meaning: patterns || 'none' });
  statements.push(weightsStatement('teamShares', LIST_POLICIES.teamShares.label, policies.teamShares, (weight) => `${formatHundredths(weight)}%`));
  statements.push(weightsStatement('teamQuotas', LIST_POLICIES.teamQuotas.label, policies.teamQuotas, (weight) => String(weight)));
  for (const pool of POOL_IDS) {
    const driver = policies.drivers[pool];
    statements.push({ policy: `drivers.${pool}`, label: `Driver for ${POOL_LABELS[pool]}`, value: driver, meaning: DRIVER_LABELS[driver] });
  }
  return statements;
}

function weightsStatement(policy: string, label: string, weights: readonly TeamWeight[], shown: (weight: bigint) => string): PolicyStatement {
  const value = weights.map(({ team, weight }) => `${team}=${shown(weight)}`).join(', ');
  return { policy, label, value, meaning: value || 'none' };
}

/** The largest-remainder rule in words, with the order ties follow this period. */
function tieBreakMeaning(policies: AttributionPolicies): string {
  const rule = 'Each split floors every exact share, then gives the cents left over to the largest remainders';
  if (policies.tieBreak === 'rotate-by-period') {
    return `${rule}; tied remainders go by name order started at position ${policies.tieBreakPeriod} mod the number of recipients (billing period ${policies.tieBreakPeriod}), wrapping round`;
  }
  return `${rule}; tied remainders go to the first by name (plain character order)`;
}
