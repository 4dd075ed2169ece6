import type { DriverChoice, PoolId } from './pools';
import { DEFAULT_DRIVERS } from './pools';
import { CHOICE_POLICIES, SWITCH_POLICIES, WHOLE_NUMBER_POLICIES, type ChoiceValue } from './policyCatalog';
import type { MappingRule, MatchSource } from './teamMapping';
import type { TeamWeight } from './teamShares';

/** What is known about one topic over the billing period. Every field may be missing. */
export interface TopicUsage {
  readonly topic: string;
  /** Client bytes produced in the period. */
  readonly bytesIn?: bigint;
  /** Records produced in the period, for record-priced ingress. */
  readonly recordsIn?: bigint;
  /** Client bytes fetched in the period, fan-out across consumer groups included. */
  readonly bytesOut?: bigint;
  /** Logical (one copy) retained bytes, time-averaged. */
  readonly retainedBytes?: bigint;
  /** Retained bytes summed over all replicas, time-averaged. */
  readonly replicatedBytes?: bigint;
  /** The highest replicated bytes seen in the period (window max), when known. */
  readonly replicatedBytesMax?: bigint;
  /** Tiered (remote) bytes: one copy, never multiplied by the replication factor. */
  readonly remoteBytes?: bigint;
  readonly partitions?: bigint;
  /** Partition count integrated over the period (partitions × hours alive), when known. */
  readonly partitionHours?: bigint;
  readonly replicationFactor?: bigint;
  readonly consumerGroups?: bigint;
  /** Owner label or annotation, used by the mapping after exact rules. */
  readonly owner?: string;
  /** Names of the consumer groups reading the topic (kafka-consumer-groups), for consumer-pays egress. */
  readonly consumers?: readonly string[];
}

/** One pool of the bill. Capacity is in the pool driver's units (bytes for storage). */
export interface BillPool {
  readonly pool: PoolId;
  readonly amountCents: bigint;
  readonly capacity?: bigint;
}

export type InternalPolicy = ChoiceValue<'internal'>;
export type IdlePolicy = ChoiceValue<'idle'>;
export type UnallocatedPolicy = ChoiceValue<'unallocated'>;
export type BillingModel = ChoiceValue<'billing'>;
/** Who pays for egress (docs/method/kafka-cost-attribution.md §4.9): the topic's owner, its consumer groups' teams, or a blend. */
export type EgressPayer = ChoiceValue<'egressPayer'>;
/** Who takes a leftover cent when remainders tie (docs/method/kafka-cost-attribution.md §5.1). */
export type TieBreakPolicy = ChoiceValue<'tieBreak'>;

export interface AttributionPolicies {
  readonly internal: InternalPolicy;
  readonly idle: IdlePolicy;
  readonly unallocated: UnallocatedPolicy;
  /** Globs added to the default internal topic list. */
  readonly extraInternalPatterns: readonly string[];
  /** Availability zones the clients and brokers spread over. */
  readonly zones: number;
  /** MSK does not bill in-cluster replication transfer; self-managed clusters on a cloud do. */
  readonly billing: BillingModel;
  /** Consumers read from a same-zone follower (KIP-392), so fetches do not cross zones. */
  readonly fetchFromFollower: boolean;
  /** Used when a topic's replication factor is not known. */
  readonly assumedReplicationFactor: bigint;
  readonly drivers: DriverChoice;
  readonly egressPayer: EgressPayer;
  /** With a blend, the percentage of a topic's egress its owner keeps (a whole number, 0 to 100). */
  readonly egressOwnerPercent: number;
  /** Each team's fixed share of the fixed or adjustment pool, for the team-percent driver. */
  readonly teamShares: readonly TeamWeight[];
  /** Each team's reserved throughput quota, for the compute pool's reserved-quota driver. */
  readonly teamQuotas: readonly TeamWeight[];
  /** Ties for a leftover cent go by name, or by name rotated by the billing period. */
  readonly tieBreak: TieBreakPolicy;
  /** The billing period's number, which rotate-by-period turns the name order by. */
  readonly tieBreakPeriod: number;
}

/**
 * Defaults: each policy's default is in policyCatalog.ts with its source. The replication factor
 * assumed when a topic's is unknown: Amazon MSK's default configuration sets default.replication.factor
 * to 3 for clusters in 3 Availability Zones,
 * https://docs.aws.amazon.com/msk/latest/developerguide/msk-default-configuration.html (read 2026-11-24).
 */
export const DEFAULT_POLICIES: AttributionPolicies = {
  internal: CHOICE_POLICIES.internal.default,
  idle: CHOICE_POLICIES.idle.default,
  unallocated: CHOICE_POLICIES.unallocated.default,
  extraInternalPatterns: [],
  zones: WHOLE_NUMBER_POLICIES.zones.default,
  billing: CHOICE_POLICIES.billing.default,
  fetchFromFollower: SWITCH_POLICIES.fetchFromFollower.default,
  assumedReplicationFactor: 3n,
  drivers: DEFAULT_DRIVERS,
  egressPayer: CHOICE_POLICIES.egressPayer.default,
  egressOwnerPercent: WHOLE_NUMBER_POLICIES.egressOwnerPercent.default,
  teamShares: [],
  teamQuotas: [],
  tieBreak: CHOICE_POLICIES.tieBreak.default,
  tieBreakPeriod: WHOLE_NUMBER_POLICIES.tieBreakPeriod.default,
};

export interface AttributionInput {
  readonly bill: readonly BillPool[];
  readonly topics: readonly TopicUsage[];
  readonly rules: readonly MappingRule[];
  readonly policies: AttributionPolicies;
}

export type TeamKind = 'team' | 'platform' | 'idle' | 'unallocated';

export const PLATFORM_TEAM = 'Platform';
export const IDLE_TEAM = 'Idle';
export const UNALLOCATED_TEAM = 'Unallocated';

/** Cost objects that are not topics. Parentheses cannot occur in Kafka topic names. */
export const IDLE_OBJECT = '(idle capacity)';
export const SHARED_OVERHEAD_OBJECT = '(shared overhead)';
export const ADJUSTMENTS_OBJECT = '(credits and discounts)';
export const NO_USAGE_OBJECT = '(no usage data)';

/** A consumer group's share of a topic's egress, under consumer-pays egress. */
export function consumerObject(topic: string, group: string): string {
  return `${topic} (read by ${group})`;
}

/** The line of a team with a fixed share of a shared pool but no topic to carry it. */
export function teamShareObject(pool: PoolId, team: string): string {
  return `(${pool === 'fixed' ? 'shared overhead' : pool === 'adjustments' ? 'credits and discounts' : `${pool} reserved`} for ${team})`;
}

/** 0: the pool's driver; 1: its secondary driver; 2: even split; 3: no topic at all, so Unallocated. */
export type FallbackTier = 0 | 1 | 2 | 3;

export type LineMethod =
  | 'proportional'
  | 'even'
  | 'even-team'
  | 'team-percent'
  | 'reserved-quota'
  | 'consumer-pays'
  | 'idle-capacity'
  | 'internal-proxy'
  | 'unallocated-redistributed'
  | 'platform'
  | 'no-usage-data';

/** One cent-exact line: a share of one pool for one topic (or policy object). */
export interface LineItem {
  readonly pool: PoolId;
  readonly topic: string;
  readonly team: string;
  readonly teamKind: TeamKind;
  /** Human name of the driver, e.g. "bytes_in + bytes_out". */
  readonly driver: string;
  /** The topic's driver value, in the driver's units, as numerator / driverScale. */
  readonly driverValue: bigint;
  readonly driverScale: bigint;
  /** Weight and total weight of the split: share = weight / totalWeight, exactly. */
  readonly weight: bigint;
  readonly totalWeight: bigint;
  /** The amount that this split distributed (the pool, or the part of it this step moved). */
  readonly splitCents: bigint;
  readonly amountCents: bigint;
  readonly method: LineMethod;
  readonly fallbackTier: FallbackTier;
  /** The cent the largest-remainder step added (+1, or -1 for credits), else 0. */
  readonly roundingAdjCents: number;
  /** Why this line exists, in words, for the drill-down. */
  readonly note: string;
}

/**
 * A line as a plain object with every field its own. allocateCosts returns lean lines whose fields
 * are getters; this copy survives structured cloning (postMessage from the worker) and spreads.
 */
export function toPlainLine(line: LineItem): LineItem {
  return {
    pool: line.pool,
    topic: line.topic,
    team: line.team,
    teamKind: line.teamKind,
    driver: line.driver,
    driverValue: line.driverValue,
    driverScale: line.driverScale,
    weight: line.weight,
    totalWeight: line.totalWeight,
    splitCents: line.splitCents,
    amountCents: line.amountCents,
    method: line.method,
    fallbackTier: line.fallbackTier,
    roundingAdjCents: line.roundingAdjCents,
    note: line.note,
  };
}

export interface TopicResult {
  readonly topic: string;
  readonly team: string;
  readonly teamKind: TeamKind;
  readonly internal: boolean;
  /** The owner column, when the usage data had one (the rule tester shows it). */
  readonly owner?: string;
  readonly match: MatchSource;
  /** Line of the mapping rule that matched, when a rule did. */
  readonly ruleLine?: number;
  readonly amountCents: bigint;
  readonly pools: Partial<Record<PoolId, bigint>>;
}

export interface TeamResult {
  readonly team: string;
  readonly kind: TeamKind;
  readonly amountCents: bigint;
  /** Topics and policy objects whose lines make up the team. */
  readonly members: string[];
}

export interface PoolResult {
  readonly pool: PoolId;
  readonly amountCents: bigint;
  readonly driver: string;
  readonly fallbackTier: FallbackTier;
  /** Cents set aside as idle capacity (0 when no capacity was given or idle is shared). */
  readonly idleCents: bigint;
  /** Measured use over capacity, as a ratio string, when a capacity was given. */
  readonly utilisation?: string;
}

/** One policy as the result states it: its label, its value and what the value means. */
export interface PolicyStatement {
  readonly policy: string;
  readonly label: string;
  readonly value: string;
  readonly meaning: string;
}

export interface AttributionResult {
  readonly totalCents: bigint;
  /** Every policy the allocation followed, billing semantics and tie-break included. */
  readonly policies: readonly PolicyStatement[];
  readonly pools: PoolResult[];
  readonly topics: TopicResult[];
  readonly teams: TeamResult[];
  readonly lines: LineItem[];
  readonly warnings: string[];
}

export class AttributionInputError extends Error {
  override readonly name = 'AttributionInputError';
}
