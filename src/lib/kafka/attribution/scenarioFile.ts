/** Everything the reader typed, as one serialisable scenario: saved to localStorage and to files. */
import type { MetricField } from '../parsers/parseInput';
import { isRecord } from '../parsers/parseError';
import { AttributionInputError, DEFAULT_POLICIES, type AttributionPolicies, type BillingModel, type EgressPayer, type IdlePolicy, type InternalPolicy, type UnallocatedPolicy } from './model';
import { DRIVER_OPTIONS, isUsagePoolId, POOL_IDS, SHARED_DRIVER_IDS, type DriverChoice } from './pools';
import { parseTeamQuotas, parseTeamShares, type TeamWeight, type TeamWeightsParse } from './teamShares';

/** `usage`: a self-describing paste (usage CSV, kafka-log-dirs, kafka-topics…); otherwise a metric. */
export type SourceKind = 'bill' | 'usage' | MetricField;

export const SOURCE_SLOTS = [
  { key: 'usage', kind: 'usage', label: 'Usage per topic', hint: 'Usage CSV (topic,bytes_in,bytes_out,retained_bytes,replicated_bytes,remote_bytes,partitions,rf,consumer_groups,owner; optionally records_in, partition_hours and consumers as group;group), kafka-log-dirs.sh --describe or kafka-topics.sh --describe output.' },
  { key: 'cluster', kind: 'usage', label: 'More cluster tool output', hint: 'A second self-describing paste: kafka-topics.sh --describe (partitions, RF), kafka-log-dirs.sh --describe (replicated bytes; several runs pasted one after the other are averaged) or kafka-consumer-groups.sh --describe --all-groups (consumer groups per topic, by name).' },
  { key: 'bytesIn', kind: 'bytesIn', label: 'Bytes in per topic', hint: 'Prometheus query JSON or exposition text, Confluent Metrics API JSON (received_bytes) or CloudWatch get-metric-data JSON (BytesInPerSec).' },
  { key: 'bytesOut', kind: 'bytesOut', label: 'Bytes out per topic', hint: 'Same formats (sent_bytes, BytesOutPerSec); fan-out across consumer groups is included.' },
  { key: 'recordsIn', kind: 'recordsIn', label: 'Records in per topic', hint: 'For record-priced ingress (the ingress pool’s “records in” driver): Prometheus MessagesInPerSec, Confluent received_records or CloudWatch MessagesInPerSec, same formats.' },
  { key: 'retained', kind: 'retainedBytes', label: 'Retained bytes per topic', hint: 'Logical bytes: Confluent retained_bytes or a Prometheus gauge, averaged over the period.' },
] as const satisfies readonly { key: string; kind: SourceKind; label: string; hint: string }[];

export type SlotKey = (typeof SOURCE_SLOTS)[number]['key'];

export interface PolicyState {
  internal: InternalPolicy;
  idle: IdlePolicy;
  unallocated: UnallocatedPolicy;
  zones: number;
  billing: BillingModel;
  fetchFromFollower: boolean;
  /** Extra internal topic globs, comma separated. */
  internalPatterns: string;
  drivers: DriverChoice;
  egressPayer: EgressPayer;
  /** The owner's percentage of a topic's egress in a blend, 0 to 100. */
  egressOwnerPercent: number;
  /** `team = percent` lines for the fixed % per team driver. */
  teamShares: string;
  /** `team = quota` lines for the compute pool's reserved-quota driver. */
  teamQuotas: string;
}

export interface Scenario {
  bill: string;
  sources: Record<SlotKey, string>;
  rules: string;
  policies: PolicyState;
}

/** The policy panel's number fields and the values a scenario file may hold for them. */
export const WHOLE_NUMBER_RANGES = {
  zones: { min: 1, max: 6 },
  egressOwnerPercent: { min: 0, max: 100 },
} as const satisfies Partial<Record<keyof PolicyState, { min: number; max: number }>>;

export const DEFAULT_POLICY_STATE: PolicyState = {
  internal: DEFAULT_POLICIES.internal,
  idle: DEFAULT_POLICIES.idle,
  unallocated: DEFAULT_POLICIES.unallocated,
  zones: DEFAULT_POLICIES.zones,
  billing: DEFAULT_POLICIES.billing,
  fetchFromFollower: DEFAULT_POLICIES.fetchFromFollower,
  internalPatterns: '',
  drivers: DEFAULT_POLICIES.drivers,
  egressPayer: DEFAULT_POLICIES.egressPayer,
  egressOwnerPercent: DEFAULT_POLICIES.egressOwnerPercent,
  teamShares: '',
  teamQuotas: '',
};

export const EMPTY_SCENARIO: Scenario = {
  bill: '',
  sources: { usage: '', cluster: '', bytesIn: '', bytesOut: '', recordsIn: '', retained: '' },
  rules: '',
  policies: DEFAULT_POLICY_STATE,
};

export function toPolicies(state: PolicyState): AttributionPolicies {
  return {
    ...DEFAULT_POLICIES,
    internal: state.internal,
    idle: state.idle,
    unallocated: state.unallocated,
    zones: state.zones,
    billing: state.billing,
    fetchFromFollower: state.fetchFromFollower,
    extraInternalPatterns: state.internalPatterns.split(',').map((p) => p.trim()).filter((p) => p !== ''),
    drivers: state.drivers,
    egressPayer: state.egressPayer,
    egressOwnerPercent: state.egressOwnerPercent,
    teamShares: weightsInUse(state.drivers.fixed === 'team-percent' || state.drivers.adjustments === 'team-percent', state.teamShares, parseTeamShares, 'fixed % per team'),
    teamQuotas: weightsInUse(state.drivers.compute === 'reserved-quota', state.teamQuotas, parseTeamQuotas, 'reserved quota per team'),
  };
}

/** Team shares or quotas, read only when a driver uses them, so half-typed ones stop nothing else. */
function weightsInUse(used: boolean, text: string, parse: (text: string) => TeamWeightsParse, name: string): TeamWeight[] {
  if (!used) return [];
  const parsed = parse(text);
  if (parsed.errors.length > 0) throw new AttributionInputError(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.weights;
}

const FILE_KIND = 'kafka-cost-attribution-scenario';

export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify({ kind: FILE_KIND, version: 1, ...scenario }, null, 2)}\n`;
}

// A field of the wrong type is refused with its name, never read as empty: the reader would lose it silently.
function textField(value: unknown, field: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw new Error(`"${field}" must be text`);
  return value;
}

function objectField(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new Error(`"${field}" must be an object`);
  return value;
}

function booleanField(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new Error(`"${field}" must be true or false`);
  return value;
}

/** Reads a saved scenario; anything missing falls back to the empty scenario, anything wrong is an error. */
export function parseScenario(text: string): Scenario | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'This file is not JSON; expected a scenario saved by this calculator.' };
  }
  if (!isRecord(json) || json['kind'] !== FILE_KIND) return { error: 'This JSON is not a scenario saved by this calculator (no "kind": "kafka-cost-attribution-scenario").' };
  try {
    const sources = objectField(json['sources'], 'sources');
    const policies = objectField(json['policies'], 'policies');
    return {
      bill: textField(json['bill'], 'bill'),
      rules: textField(json['rules'], 'rules'),
      sources: Object.fromEntries(SOURCE_SLOTS.map((slot) => [slot.key, textField(sources[slot.key], `sources.${slot.key}`)])) as Record<SlotKey, string>,
      policies: readPolicyState(policies),
    };
  } catch (error) {
    return { error: `This scenario file is damaged: ${(error as Error).message}.` };
  }
}

function readPolicyState(raw: Record<string, unknown>): PolicyState {
  const pick = <T extends string>(field: string, options: readonly T[], fallback: T): T => {
    const value = raw[field];
    if (value === undefined) return fallback;
    if (!options.includes(value as T)) throw new Error(`policies.${field} must be one of ${options.join(', ')}`);
    return value as T;
  };
  const drivers: Record<string, string> = { ...DEFAULT_POLICY_STATE.drivers };
  const rawDrivers = objectField(raw['drivers'], 'policies.drivers');
  for (const pool of POOL_IDS) {
    const value = rawDrivers[pool];
    if (value === undefined) continue;
    const options: readonly string[] = isUsagePoolId(pool) ? DRIVER_OPTIONS[pool] : SHARED_DRIVER_IDS;
    if (typeof value !== 'string' || !options.includes(value)) throw new Error(`policies.drivers.${pool} must be one of ${options.join(', ')}`);
    drivers[pool] = value;
  }
  const wholeNumber = (field: keyof typeof WHOLE_NUMBER_RANGES): number => {
    const { min, max } = WHOLE_NUMBER_RANGES[field];
    const value = raw[field] ?? DEFAULT_POLICY_STATE[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new Error(`policies.${field} must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
  const ownerPercent = wholeNumber('egressOwnerPercent');
  const zones = wholeNumber('zones');
  return {
    internal: pick('internal', ['spread', 'platform', 'proxy'] as const, DEFAULT_POLICY_STATE.internal),
    idle: pick('idle', ['separate', 'share', 'platform'] as const, DEFAULT_POLICY_STATE.idle),
    unallocated: pick('unallocated', ['show', 'redistribute', 'platform'] as const, DEFAULT_POLICY_STATE.unallocated),
    billing: pick('billing', ['self-managed', 'msk'] as const, DEFAULT_POLICY_STATE.billing),
    egressPayer: pick('egressPayer', ['owner', 'consumers', 'blend'] as const, DEFAULT_POLICY_STATE.egressPayer),
    egressOwnerPercent: ownerPercent,
    zones,
    fetchFromFollower: booleanField(raw['fetchFromFollower'], 'policies.fetchFromFollower', DEFAULT_POLICY_STATE.fetchFromFollower),
    internalPatterns: textField(raw['internalPatterns'], 'policies.internalPatterns'),
    drivers: drivers as DriverChoice,
    teamShares: textField(raw['teamShares'], 'policies.teamShares'),
    teamQuotas: textField(raw['teamQuotas'], 'policies.teamQuotas'),
  };
}
