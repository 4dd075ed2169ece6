import { CentsLedger } from '../centsLedger';
import { resolveUsage } from '../drivers';
import { DEFAULT_INTERNAL_TOPIC_PATTERNS, InternalTopicMatcher } from '../internalTopics';
import { AttributionInputError, PLATFORM_TEAM, UNALLOCATED_TEAM, type AttributionInput } from '../model';
import { POOL_IDS } from '../pools';
import { TeamMapper } from '../teamMapping';
import { teamKind } from './booking';
import type { AllocationContext, CostObject } from './context';
import { mergeBill } from './mergeBill';
import { unusedPolicyWarnings, validatePolicies } from './validatePolicies';

/** Checks the input and sets up an allocation: the merged bill, one cost object per topic, the topic orders. */
export function prepareContext(input: AttributionInput): AllocationContext {
  const { policies } = input;
  validatePolicies(policies);
  const warnings: string[] = unusedPolicyWarnings(policies);
  const bill = mergeBill(input, warnings);
  // One row per topic, plus room for the few policy objects (idle, shared overhead, ...).
  const ledger = new CentsLedger(POOL_IDS.length, input.topics.length + 4);
  const mapper = new TeamMapper(input.rules);
  const objects = buildTopicObjects(input, mapper, ledger, warnings);
  const topics = [...objects];
  const byName = [...topics].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Sorted, a repeated topic sits next to itself: no set of 10,000 names needed.
  for (let i = 1; i < byName.length; i++) {
    if (byName[i]!.id === byName[i - 1]!.id) throw new AttributionInputError(`topic ${byName[i]!.id} appears twice in the usage data`);
  }
  const regular = byName.filter((object) => !object.internal);
  return {
    policies,
    bill,
    mapper,
    ledger,
    objects,
    policyObjects: new Map(),
    topics,
    byName,
    regular,
    eligible: policies.internal === 'spread' ? regular : byName,
    lines: [],
    warnings,
    poolResults: [],
  };
}

/** A cost object per topic, in input order: its usage resolved, whether it is internal, and its team. */
function buildTopicObjects(input: AttributionInput, mapper: TeamMapper, ledger: CentsLedger, warnings: string[]): CostObject[] {
  const { policies } = input;
  const internalMatcher = new InternalTopicMatcher([...DEFAULT_INTERNAL_TOPIC_PATTERNS, ...policies.extraInternalPatterns]);
  const objects: CostObject[] = [];
  let assumedRf = 0;
  let rfAboveZones = 0;
  for (const usage of input.topics) {
    const topic = usage.topic;
    if (topic === '' || topic.includes('(')) {
      throw new AttributionInputError(`"${topic}" is not a valid topic name`);
    }
    const resolved = resolveUsage(usage, policies.assumedReplicationFactor);
    if (resolved.assumedRf) assumedRf++;
    if (resolved.replicationFactor > BigInt(policies.zones)) rfAboveZones++;
    const internal = internalMatcher.isInternal(topic);
    const match = mapper.resolve(topic, usage.owner);
    let team: string;
    let unmapped = false;
    if (internal) {
      // Only an exact rule overrides the Platform owner of Kafka's own topics.
      team = match.source === 'exact' ? match.team! : PLATFORM_TEAM;
    } else if (match.team !== undefined) {
      team = match.team;
    } else {
      unmapped = policies.unallocated !== 'platform';
      team = policies.unallocated === 'platform' ? PLATFORM_TEAM : UNALLOCATED_TEAM;
    }
    objects.push({
      id: topic,
      team,
      teamKind: teamKind(team),
      internal,
      usage: resolved,
      owner: usage.owner,
      match: match.source,
      ruleLine: match.rule?.line,
      consumers: usage.consumers,
      unmapped,
      row: ledger.addRow(),
    });
  }
  if (assumedRf > 0) {
    warnings.push(`${assumedRf} topic(s) have no replication factor; assuming RF ${policies.assumedReplicationFactor} for storage and cross-zone estimates`);
  }
  if (rfAboveZones > 0 && policies.zones > 1 && input.bill.some((row) => row.pool === 'cross-zone')) {
    warnings.push(
      `${rfAboveZones} topic(s) have a replication factor above the ${policies.zones} zones: their extra replicas share a zone (Kafka's striped placement puts the next one in the preferred leader's zone), so the cross-zone estimate counts RF − ceil(RF / ${policies.zones}) followers crossing, not RF − 1`,
    );
  }
  return objects;
}
