import { AttributionInputError, type AttributionPolicies } from '../model';
import { allowedWholeNumbers, CHOICE_POLICIES, isAllowedWholeNumber, LIST_POLICIES, WHOLE_NUMBER_POLICIES } from '../policyCatalog';
import { DRIVER_LABELS } from '../pools';
import { formatHundredths, WHOLE_SHARE } from '../teamShares';

/** Rejects policies no allocation can follow, before any work is done. */
export function validatePolicies(policies: AttributionPolicies): void {
  if (!isAllowedWholeNumber('zones', policies.zones)) {
    throw new AttributionInputError(`zones must be ${allowedWholeNumbers('zones')}, got ${policies.zones}`);
  }
  if (!isAllowedWholeNumber('egressOwnerPercent', policies.egressOwnerPercent)) {
    throw new AttributionInputError(`the owner's share of egress must be ${allowedWholeNumbers('egressOwnerPercent')} (a percentage), got ${policies.egressOwnerPercent}`);
  }
  if (!isAllowedWholeNumber('tieBreakPeriod', policies.tieBreakPeriod)) {
    throw new AttributionInputError(`the billing period for rotating ties must be ${allowedWholeNumbers('tieBreakPeriod')}, got ${policies.tieBreakPeriod}`);
  }
  if (policies.assumedReplicationFactor < 1n) {
    throw new AttributionInputError('the assumed replication factor must be at least 1');
  }
  if (policies.teamQuotas.some((quota) => quota.weight <= 0n)) throw new AttributionInputError('reserved quotas must be positive');
  const sharesTotal = policies.teamShares.reduce((sum, share) => sum + share.weight, 0n);
  if (policies.teamShares.length > 0 && (sharesTotal !== WHOLE_SHARE || policies.teamShares.some((share) => share.weight <= 0n))) {
    throw new AttributionInputError(`team shares must be positive and add up to 100%, got ${formatHundredths(sharesTotal)}%`);
  }
}

/**
 * A policy value that the selected drivers and policies never read: say so, so a reader who set
 * team shares, quotas or the owner's share of a blend does not believe they changed anything.
 */
export function unusedPolicyWarnings(policies: AttributionPolicies): string[] {
  const warnings: string[] = [];
  const drivers: readonly string[] = Object.values(policies.drivers);
  if (policies.teamShares.length > 0 && !drivers.includes('team-percent')) {
    warnings.push(`${LIST_POLICIES.teamShares.label}: set, but no pool uses the team-percent driver, so the shares are not used (choose it for the fixed or adjustments pool)`);
  }
  if (policies.teamQuotas.length > 0 && policies.drivers.compute !== 'reserved-quota') {
    warnings.push(`${LIST_POLICIES.teamQuotas.label}: set, but the compute pool is split by ${DRIVER_LABELS[policies.drivers.compute]}, so the quotas are not used (choose the reserved-quota driver)`);
  }
  if (policies.egressOwnerPercent !== WHOLE_NUMBER_POLICIES.egressOwnerPercent.default && policies.egressPayer !== 'blend') {
    const payer = CHOICE_POLICIES.egressPayer.values.find((option) => option.value === policies.egressPayer)?.label ?? policies.egressPayer;
    warnings.push(`${WHOLE_NUMBER_POLICIES.egressOwnerPercent.label} is ${policies.egressOwnerPercent}, but egress is paid by "${payer}", not a blend, so it is not used`);
  }
  if (policies.tieBreakPeriod !== WHOLE_NUMBER_POLICIES.tieBreakPeriod.default && policies.tieBreak !== 'rotate-by-period') {
    warnings.push(`${WHOLE_NUMBER_POLICIES.tieBreakPeriod.label} is ${policies.tieBreakPeriod}, but ties go by name every period, so it is not used (choose rotate-by-period)`);
  }
  return warnings;
}
