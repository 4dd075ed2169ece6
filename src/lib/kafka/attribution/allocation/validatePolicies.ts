import { AttributionInputError, type AttributionPolicies } from '../model';
import { allowedWholeNumbers, isAllowedWholeNumber } from '../policyCatalog';
import { formatHundredths, WHOLE_SHARE } from '../teamShares';

/** Rejects policies no allocation can follow, before any work is done. */
export function validatePolicies(policies: AttributionPolicies): void {
  if (!isAllowedWholeNumber('zones', policies.zones)) {
    throw new AttributionInputError(`zones must be ${allowedWholeNumbers('zones')}, got ${policies.zones}`);
  }
  if (!isAllowedWholeNumber('egressOwnerPercent', policies.egressOwnerPercent)) {
    throw new AttributionInputError(`the owner's share of egress must be ${allowedWholeNumbers('egressOwnerPercent')} (a percentage), got ${policies.egressOwnerPercent}`);
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
