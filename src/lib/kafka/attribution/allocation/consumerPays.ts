import { POOL_INDEX, splitDetails } from '../allocatedLine';
import { splitWeights } from '../largestRemainder';
import { consumerObject } from '../model';
import { addLine, addLines, policyObject } from './booking';
import type { AllocationContext, CostObject } from './context';
import { tieRotation } from './tieBreak';

/**
 * Step, consumer pays (docs/method/kafka-cost-attribution.md §4.9): a topic's egress cents are shared equally
 * by its consumer groups (no input gives bytes per group), after the owner's percentage in a
 * blend. The shares of groups that map to another team move to a line of their own for that
 * team; groups no rule maps, or that map to the owner's team, leave their share with the topic.
 */
export function chargeConsumers(context: AllocationContext): void {
  const { policies, ledger, mapper } = context;
  if (policies.egressPayer === 'owner' || !context.bill.has('egress')) return;
  const egress = POOL_INDEX.get('egress')!;
  const ownerPercent = BigInt(policies.egressPayer === 'blend' ? policies.egressOwnerPercent : 0);
  const groupShare = 100n - ownerPercent;
  if (groupShare === 0n) return;
  let withoutGroups = 0;
  const unmappedGroups = new Set<string>();
  for (const topic of context.byName) {
    const cents = ledger.get(topic.row, egress);
    if (cents === 0) continue;
    const groups = topic.consumers ?? [];
    if (groups.length === 0) {
      withoutGroups++;
      continue;
    }
    const payers: CostObject[] = [];
    for (const group of groups) {
      const team = mapper.resolve(group).team;
      if (team === undefined) unmappedGroups.add(group);
      else if (team !== topic.team) payers.push(policyObject(context, consumerObject(topic.id, group), team));
    }
    if (payers.length === 0) continue;
    const totalWeight = 100n * BigInt(groups.length);
    const kept = totalWeight - groupShare * BigInt(payers.length);
    const weights = [kept, ...payers.map(() => groupShare)];
    const split = splitWeights(BigInt(cents), [topic, ...payers], weights, 'any', tieRotation(policies));
    const owner = ownerPercent > 0n ? `the owner keeps ${ownerPercent}%, then ` : '';
    const details = (note: string) =>
      splitDetails('egress', { driver: 'consumer groups (equal shares)', driverScale: 1n, totalWeight, splitCents: BigInt(cents), method: 'consumer-pays', fallbackTier: 0, note });
    addLine(
      context,
      topic,
      details(`Consumer pays: ${owner}the ${groups.length} consumer group(s) of ${topic.id} share its egress equally; the shares of other teams' groups move to them`),
      split.cents[0]! - cents,
      totalWeight - kept,
      totalWeight - kept,
      0,
    );
    const perGroup = weights.slice(1);
    addLines(context, details(`Consumer pays: this group's share of the egress of ${topic.id} (${owner}1 of ${groups.length} groups)`), payers, perGroup, perGroup, {
      cents: split.cents.subarray(1),
      roundingAdj: split.roundingAdj.slice(1),
    });
  }
  warnAboutGroups(context, withoutGroups, unmappedGroups);
}

function warnAboutGroups(context: AllocationContext, withoutGroups: number, unmappedGroups: ReadonlySet<string>): void {
  if (withoutGroups > 0) {
    context.warnings.push(`Egress: ${withoutGroups} topic(s) with egress have no consumer group names (paste kafka-consumer-groups --describe output), so their owners keep it`);
  }
  if (unmappedGroups.size > 0) {
    const sample = [...unmappedGroups].sort().slice(0, 5).join(', ');
    context.warnings.push(`Egress: no rule maps ${unmappedGroups.size} consumer group(s) (${sample}${unmappedGroups.size > 5 ? ', …' : ''}) to a team, so the topics' owners keep their shares`);
  }
}
