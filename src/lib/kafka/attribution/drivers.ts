import type { AttributionPolicies, TopicUsage } from './model';
import type { UsageDriverId } from './pools';
import { followersOutsideLeaderZone, zonesWithReplica } from '../replicaPlacement';

/** A topic's usage with every driver input resolved to an integer (missing means zero). */
export interface ResolvedUsage {
  readonly bytesIn: bigint;
  readonly recordsIn: bigint;
  readonly bytesOut: bigint;
  readonly logicalBytes: bigint;
  readonly replicatedBytes: bigint;
  /** Window max; the replicated bytes themselves when no peak was measured. */
  readonly replicatedBytesMax: bigint;
  readonly remoteBytes: bigint;
  readonly partitions: bigint;
  readonly partitionHours: bigint;
  readonly replicationFactor: bigint;
  readonly consumerGroups: bigint;
  /** True when the replication factor was assumed rather than given. */
  readonly assumedRf: boolean;
}

export function resolveUsage(usage: TopicUsage | undefined, assumedRf: bigint): ResolvedUsage {
  const rf = usage?.replicationFactor !== undefined && usage.replicationFactor > 0n ? usage.replicationFactor : undefined;
  const replicationFactor = rf ?? assumedRf;
  const retained = usage?.retainedBytes;
  const replicated = usage?.replicatedBytes;
  const replicatedBytes = replicated ?? (retained !== undefined ? retained * replicationFactor : 0n);
  return {
    bytesIn: usage?.bytesIn ?? 0n,
    recordsIn: usage?.recordsIn ?? 0n,
    bytesOut: usage?.bytesOut ?? 0n,
    // Logical from replicated divides by RF; replicated from logical multiplies (docs/method/kafka-cost-attribution.md §4.3).
    logicalBytes: retained ?? (replicated !== undefined ? replicated / replicationFactor : 0n),
    replicatedBytes,
    replicatedBytesMax: usage?.replicatedBytesMax ?? replicatedBytes,
    remoteBytes: usage?.remoteBytes ?? 0n,
    partitions: usage?.partitions ?? 0n,
    partitionHours: usage?.partitionHours ?? 0n,
    replicationFactor,
    // Named groups count as groups when no count was given (a usage CSV's consumers column alone).
    consumerGroups: usage?.consumerGroups ?? BigInt(usage?.consumers?.length ?? 0),
    assumedRf: rf === undefined,
  };
}

/**
 * Cross-zone bytes times Z (kept integral so shares stay exact), with replicas placed as Kafka's
 * StripedReplicaPlacer places them (src/lib/kafka/replicaPlacement.ts, the sizing model's placement):
 * x·Z = in·(Z−1) + in·F·Z·f_r + out·C, where F = RF − ceil(RF/Z) followers sit outside the leader's
 * zone, f_r = 1 when replication transfer is billed (not on MSK, and nothing crosses zones with one
 * zone), and C = Z−1 when consumers fetch from leaders, or Z − min(RF, Z) with fetch-from-follower:
 * only consumers in a zone without a replica still cross. Clients spread evenly over the zones
 * (docs/method/kafka-cost-attribution.md §4.4).
 */
export function crossZoneBytesTimesZones(usage: ResolvedUsage, policies: AttributionPolicies): bigint {
  const zones = BigInt(policies.zones);
  const placement = crossZonePlacement(usage.replicationFactor, policies.zones);
  const replicationBilled = policies.billing === 'self-managed' && policies.zones > 1;
  const produced = usage.bytesIn * (zones - 1n) + (replicationBilled ? usage.bytesIn * placement.followersOutside * zones : 0n);
  const consumerZones = policies.fetchFromFollower ? zones - placement.zonesWithReplica : zones - 1n;
  return produced + usage.bytesOut * consumerZones;
}

/** The placement figures the estimate needs, as integers; computed once per replication factor and zone count. */
function crossZonePlacement(replicationFactor: bigint, zones: number): { followersOutside: bigint; zonesWithReplica: bigint } {
  const key = `${replicationFactor}/${zones}`;
  let placement = PLACEMENTS.get(key);
  if (!placement) {
    const rf = Number(replicationFactor);
    placement = { followersOutside: BigInt(followersOutsideLeaderZone(rf, zones)), zonesWithReplica: BigInt(zonesWithReplica(rf, zones)) };
    PLACEMENTS.set(key, placement);
  }
  return placement;
}

const PLACEMENTS = new Map<string, { followersOutside: bigint; zonesWithReplica: bigint }>();

/** Display scale of a driver: its values are numerator / scale (cross-zone bytes are kept × Z). */
export function driverScale(driver: UsageDriverId, policies: AttributionPolicies): bigint {
  return driver === 'cross-zone-bytes' ? BigInt(policies.zones) : 1n;
}

/** A topic's driver value, as the numerator over driverScale (an integer, so shares stay exact). */
export function driverValue(driver: UsageDriverId, usage: ResolvedUsage, policies: AttributionPolicies): bigint {
  switch (driver) {
    case 'throughput':
    case 'throughput-70-even-30':
    case 'throughput-50-storage-50':
    case 'reserved-quota':
      return usage.bytesIn + usage.bytesOut;
    case 'bytes-in':
      return usage.bytesIn;
    case 'records-in':
      return usage.recordsIn;
    case 'bytes-out':
      return usage.bytesOut;
    case 'consumer-groups':
      return usage.consumerGroups;
    case 'replicated-bytes':
      return usage.replicatedBytes;
    case 'replicated-bytes-max':
      return usage.replicatedBytesMax;
    case 'logical-bytes':
      return usage.logicalBytes;
    case 'remote-bytes':
      return usage.remoteBytes;
    case 'cross-zone-bytes':
      return crossZoneBytesTimesZones(usage, policies);
    case 'partitions':
      return usage.partitions;
    case 'partition-hours':
      return usage.partitionHours;
    case 'replicas':
      return usage.partitions * usage.replicationFactor;
    case 'even':
      return 1n;
  }
}
