import type { AttributionPolicies, TopicUsage } from './model';
import type { UsageDriverId } from './pools';

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
 * Cross-zone bytes times Z (kept integral so shares stay exact):
 * x·Z = in·(Z−1) + in·(RF−1)·Z·f_r + out·(Z−1)·f_c, with f_r = 1 when replication transfer is billed
 * (not on MSK, and nothing crosses zones with one zone) and f_c = 0 with fetch-from-follower.
 * Assumes clients spread evenly over zones and rack-aware placement with RF ≤ Z (docs/method/kafka-cost-attribution.md §4.4).
 * With f_r = 1 the two produce terms fold into in·(RF·Z − 1), one multiplication fewer per topic.
 */
export function crossZoneBytesTimesZones(usage: ResolvedUsage, policies: AttributionPolicies): bigint {
  const zones = BigInt(policies.zones);
  const replicationBilled = policies.billing === 'self-managed' && policies.zones > 1 && usage.replicationFactor > 1n;
  const produced = usage.bytesIn * (replicationBilled ? usage.replicationFactor * zones - 1n : zones - 1n);
  return policies.fetchFromFollower ? produced : produced + usage.bytesOut * (zones - 1n);
}

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
