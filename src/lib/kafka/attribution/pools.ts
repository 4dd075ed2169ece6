/**
 * Cost pools of a Kafka bill and the drivers that can split each one.
 * Pool list and default drivers: docs/method/kafka-cost-attribution.md §2.1 and §4.2
 * (research report, 2026-11-24), which follows Kubecost's allocation API and Chitragupta's cost model.
 */

export const POOL_IDS = [
  'compute',
  'ingress',
  'egress',
  'local-storage',
  'tiered-storage',
  'cross-zone',
  'partitions',
  'fixed',
  'adjustments',
] as const;

export type PoolId = (typeof POOL_IDS)[number];

/** Pools split by a per-topic usage driver, before fixed costs and adjustments. */
export const USAGE_POOL_IDS = [
  'compute',
  'ingress',
  'egress',
  'local-storage',
  'tiered-storage',
  'cross-zone',
  'partitions',
] as const satisfies readonly PoolId[];

export type UsagePoolId = (typeof USAGE_POOL_IDS)[number];

export const POOL_LABELS: Record<PoolId, string> = {
  compute: 'Compute / capacity',
  ingress: 'Ingress',
  egress: 'Egress',
  'local-storage': 'Local storage',
  'tiered-storage': 'Tiered storage',
  'cross-zone': 'Cross-zone transfer',
  partitions: 'Partitions',
  fixed: 'Fixed / shared',
  adjustments: 'Adjustments (credits, discounts)',
};

/** Per-topic drivers for the usage pools. */
export const USAGE_DRIVER_IDS = [
  'throughput',
  'throughput-70-even-30',
  'throughput-50-storage-50',
  'reserved-quota',
  'bytes-in',
  'records-in',
  'bytes-out',
  'consumer-groups',
  'replicated-bytes',
  'replicated-bytes-max',
  'logical-bytes',
  'remote-bytes',
  'cross-zone-bytes',
  'partitions',
  'partition-hours',
  'replicas',
  'even',
] as const;

export type UsageDriverId = (typeof USAGE_DRIVER_IDS)[number];

/** Drivers for the fixed and adjustment pools, which follow what was already allocated. */
export const SHARED_DRIVER_IDS = ['allocated-cost', 'even', 'even-team', 'team-percent', 'platform'] as const;

export type SharedDriverId = (typeof SHARED_DRIVER_IDS)[number];

export type DriverChoice = { [K in UsagePoolId]: UsageDriverId } & {
  fixed: SharedDriverId;
  adjustments: SharedDriverId;
};

export const DEFAULT_DRIVERS: DriverChoice = {
  compute: 'throughput',
  ingress: 'bytes-in',
  egress: 'bytes-out',
  'local-storage': 'replicated-bytes',
  'tiered-storage': 'remote-bytes',
  'cross-zone': 'cross-zone-bytes',
  partitions: 'partitions',
  fixed: 'allocated-cost',
  adjustments: 'allocated-cost',
};

/** The alternatives for each pool (docs/method/kafka-cost-attribution.md §4.2), default first. */
export const DRIVER_OPTIONS: { [K in UsagePoolId]: readonly UsageDriverId[] } = {
  compute: ['throughput', 'throughput-70-even-30', 'throughput-50-storage-50', 'reserved-quota', 'bytes-in', 'replicated-bytes', 'even'],
  ingress: ['bytes-in', 'records-in', 'even'],
  egress: ['bytes-out', 'consumer-groups', 'even'],
  'local-storage': ['replicated-bytes', 'logical-bytes', 'replicated-bytes-max', 'partitions', 'even'],
  'tiered-storage': ['remote-bytes', 'even'],
  'cross-zone': ['cross-zone-bytes', 'throughput', 'even'],
  partitions: ['partitions', 'partition-hours', 'replicas', 'even'],
};

/** Tier-1 fallback when a pool has a cost but nobody has any of its driver (docs/method/kafka-cost-attribution.md §4.6). */
export const SECONDARY_DRIVERS: Record<UsagePoolId, UsageDriverId> = {
  compute: 'replicated-bytes',
  ingress: 'throughput',
  egress: 'throughput',
  'local-storage': 'partitions',
  'tiered-storage': 'replicated-bytes',
  'cross-zone': 'throughput',
  partitions: 'replicated-bytes',
};

export const DRIVER_LABELS: Record<UsageDriverId | SharedDriverId, string> = {
  throughput: 'bytes_in + bytes_out',
  'throughput-70-even-30': '70% bytes_in + bytes_out, 30% even',
  'throughput-50-storage-50': '50% bytes_in + bytes_out share, 50% replicated bytes share',
  'reserved-quota': 'reserved quota per team, then bytes_in + bytes_out',
  'bytes-in': 'bytes_in',
  'records-in': 'records_in',
  'bytes-out': 'bytes_out',
  'consumer-groups': 'consumer_groups',
  'replicated-bytes': 'replicated_bytes',
  'replicated-bytes-max': 'replicated_bytes_max (window max; over-charges shrinking topics)',
  'logical-bytes': 'retained_bytes',
  'remote-bytes': 'remote_bytes',
  'cross-zone-bytes': 'cross_zone_bytes (estimate)',
  partitions: 'partitions',
  'partition-hours': 'partition_hours',
  replicas: 'partitions x rf',
  even: 'even',
  'allocated-cost': 'allocated cost',
  'even-team': 'even per team, then allocated cost',
  'team-percent': 'fixed % per team, then allocated cost',
  platform: 'charged to Platform',
};

export function isPoolId(value: string): value is PoolId {
  return (POOL_IDS as readonly string[]).includes(value);
}

export function isUsagePoolId(pool: PoolId): pool is UsagePoolId {
  return (USAGE_POOL_IDS as readonly string[]).includes(pool);
}
