import { splitDetails } from '../allocatedLine';
import { driverValue } from '../drivers';
import { splitCents, splitWeights } from '../largestRemainder';
import { teamShareObject, type FallbackTier } from '../model';
import { DRIVER_LABELS, POOL_LABELS, type PoolId } from '../pools';
import { formatHundredths } from '../teamShares';
import { addLine, addLines, addNoUsageLine, policyObject } from './booking';
import type { AllocationContext, CostObject } from './context';
import { tieRotation } from './tieBreak';

/**
 * Team-level splits: every team gets its share of the pool (equal for even-team, its fixed
 * percentage for team-percent, its reserved quota over all quotas for reserved-quota), then each
 * team's cents go to its topics, by what they already carry for shared pools or by throughput for
 * compute (evenly when that is zero). A team with a share but no topic gets a line of its own.
 */
export function splitPerTeam(
  context: AllocationContext,
  pool: PoolId,
  amount: bigint,
  method: 'even-team' | 'team-percent' | 'reserved-quota',
  targets: readonly CostObject[],
  tier: FallbackTier,
): FallbackTier {
  const { policies, ledger } = context;
  const given = method === 'team-percent' ? policies.teamShares : method === 'reserved-quota' ? policies.teamQuotas : undefined;
  if (!given && targets.length === 0) {
    addNoUsageLine(context, pool, amount, `${POOL_LABELS[pool]}: there are no topics to charge, so the pool goes to Unallocated (no usage data)`);
    return 3;
  }
  const members = new Map<string, CostObject[]>();
  for (const object of targets) {
    const list = members.get(object.team);
    if (list) list.push(object);
    else members.set(object.team, [object]);
  }
  const shares = given ? given.map(({ team, weight }) => ({ id: team, weight })) : [...members.keys()].sort().map((team) => ({ id: team, weight: 1n }));
  const quotaTotal = shares.reduce((sum, share) => sum + share.weight, 0n);
  if (method === 'reserved-quota') {
    const withoutQuota = [...members.keys()].filter((team) => !given!.some((quota) => quota.team === team));
    if (withoutQuota.length > 0) {
      context.warnings.push(`${POOL_LABELS[pool]}: ${withoutQuota.length} team(s) with topics have no reserved quota and pay none of this pool (${withoutQuota.sort().join(', ')})`);
    }
  }
  const perTeam = splitCents(amount, shares, tieRotation(policies));
  const byThroughput = method === 'reserved-quota';
  shares.forEach(({ id: team, weight }, t) => {
    const teamCents = perTeam.cents[t]!;
    if (teamCents === 0n) return;
    const share =
      method === 'team-percent'
        ? `fixed ${formatHundredths(weight)}% of the pool`
        : method === 'reserved-quota'
          ? `reserved quota, ${formatHundredths(weight)} of ${formatHundredths(quotaTotal)}, of the pool`
          : `equal share of the pool (1 of ${shares.length} teams)`;
    const topics = members.get(team);
    if (!topics) {
      const details = splitDetails(pool, {
        driver: DRIVER_LABELS[method],
        driverScale: 1n,
        totalWeight: 1n,
        splitCents: teamCents,
        method,
        fallbackTier: tier,
        note: `${team}'s ${share}; ${team} has no topic, so it stays on one line`,
      });
      addLine(context, policyObject(context, teamShareObject(pool, team), team), details, Number(teamCents), 0n, 1n, 0);
      return;
    }
    const measured = byThroughput
      ? topics.map((object) => driverValue('throughput', object.usage!, policies))
      : topics.map((object) => ledger.total(object.row));
    const proportional = measured.every((value) => value >= 0) && measured.some((value) => value > 0);
    const weights = proportional ? measured.map((value) => BigInt(value)) : topics.map(() => 1n);
    const split = splitWeights(teamCents, topics, weights, 'by-id', tieRotation(policies));
    const details = splitDetails(pool, {
      driver: DRIVER_LABELS[method],
      driverScale: proportional && !byThroughput ? 100n : 1n,
      totalWeight: split.totalWeight,
      splitCents: teamCents,
      method,
      fallbackTier: tier,
      note: `${team}'s ${share}, split over its topics ${proportional ? (byThroughput ? `by ${DRIVER_LABELS.throughput}` : 'by allocated cost') : 'evenly'}`,
    });
    addLines(context, details, topics, weights, weights, split);
  });
  return tier;
}
