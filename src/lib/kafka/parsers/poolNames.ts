import { isPoolId, POOL_IDS, type PoolId } from '../attribution/pools';

/**
 * Provider line types mapped to pools (docs/method/kafka-cost-attribution.md §6.11): Confluent Cloud billing line types
 * (Confluent billing-dimensions page as read on 2026-11-24). Products that are not Kafka clusters
 * (Connect, ksqlDB, Flink, Schema Registry, Cluster Linking) are out of scope and map to nothing.
 */
const LINE_TYPE_POOLS = new Map<string, PoolId>(Object.entries({
  KAFKA_NUM_CKU: 'compute',
  KAFKA_NUM_CKUS: 'compute',
  KAFKA_BASE: 'compute',
  KAFKA_NETWORK_WRITE: 'ingress',
  KAFKA_REST_PRODUCE: 'ingress',
  KAFKA_NETWORK_READ: 'egress',
  KAFKA_STORAGE: 'local-storage',
  KAFKA_PARTITION: 'partitions',
  SUPPORT: 'fixed',
  SUPPORT_CLOUD_BASIC: 'fixed',
  SUPPORT_CLOUD_DEVELOPER: 'fixed',
  SUPPORT_CLOUD_BUSINESS: 'fixed',
  SUPPORT_CLOUD_PREMIER: 'fixed',
  AUDIT_LOG_READ: 'fixed',
  GOVERNANCE_BASE: 'fixed',
  PROMO_CREDIT: 'adjustments',
}));

/** Friendlier spellings people type into a bill CSV. Maps, so a name such as `constructor` finds nothing. */
const ALIASES = new Map<string, PoolId>(Object.entries({
  brokers: 'compute',
  capacity: 'compute',
  storage: 'local-storage',
  tiered: 'tiered-storage',
  'remote-storage': 'tiered-storage',
  'cross-az': 'cross-zone',
  'data-transfer': 'cross-zone',
  support: 'fixed',
  shared: 'fixed',
  credit: 'adjustments',
  credits: 'adjustments',
  discount: 'adjustments',
}));

export function poolForName(name: string): PoolId | undefined {
  const trimmed = name.trim();
  const lineType = LINE_TYPE_POOLS.get(trimmed.toUpperCase());
  if (lineType) return lineType;
  const normalised = trimmed.toLowerCase().replace(/[\s_]+/g, '-');
  if (isPoolId(normalised)) return normalised;
  return ALIASES.get(normalised);
}

export const POOL_NAME_HINT = `${POOL_IDS.join(', ')} (or a Confluent line_type such as KAFKA_NUM_CKUS)`;
