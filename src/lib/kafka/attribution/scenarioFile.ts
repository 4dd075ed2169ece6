/** Everything the reader typed, as one serialisable scenario: saved to localStorage and to files. */
import type { MetricField } from '../parsers/parseInput';
import { isRecord } from '../parsers/parseError';
import { AttributionInputError, DEFAULT_POLICIES, type AttributionPolicies } from './model';
import {
  allowedChoices,
  allowedWholeNumbers,
  CHOICE_POLICIES,
  CHOICE_POLICY_KEYS,
  isAllowedWholeNumber,
  isChoiceValue,
  LIST_POLICY_KEYS,
  SWITCH_POLICIES,
  SWITCH_POLICY_KEYS,
  WHOLE_NUMBER_POLICIES,
  WHOLE_NUMBER_POLICY_KEYS,
  type ChoicePolicyKey,
  type ChoiceValue,
  type ListPolicyKey,
  type SwitchPolicyKey,
  type WholeNumberPolicyKey,
} from './policyCatalog';
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

/**
 * The policy panel's state, saved in scenarios: every policy of policyCatalog.ts under its key, the
 * text policies as typed (internal patterns comma separated, team shares and quotas one per line).
 */
export type PolicyState = { [Key in ChoicePolicyKey]: ChoiceValue<Key> } & { [Key in WholeNumberPolicyKey]: number } & {
  [Key in SwitchPolicyKey]: boolean;
} & { [Key in ListPolicyKey]: string } & { drivers: DriverChoice };

export interface Scenario {
  bill: string;
  sources: Record<SlotKey, string>;
  rules: string;
  policies: PolicyState;
}

export const DEFAULT_POLICY_STATE: PolicyState = {
  ...policyDefaults(CHOICE_POLICIES),
  ...policyDefaults(WHOLE_NUMBER_POLICIES),
  ...policyDefaults(SWITCH_POLICIES),
  internalPatterns: '',
  teamShares: '',
  teamQuotas: '',
  drivers: DEFAULT_POLICIES.drivers,
};

function policyDefaults<Policies extends Record<string, { default: unknown }>>(policies: Policies): { [Key in keyof Policies]: Policies[Key]['default'] } {
  return Object.fromEntries(Object.entries(policies).map(([key, policy]) => [key, policy.default])) as { [Key in keyof Policies]: Policies[Key]['default'] };
}

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
  const state: Record<string, unknown> = { ...DEFAULT_POLICY_STATE };
  for (const key of CHOICE_POLICY_KEYS) state[key] = readField(raw, key, (value) => isChoiceValue(key, value), allowedChoices(key));
  for (const key of WHOLE_NUMBER_POLICY_KEYS) state[key] = readField(raw, key, (value) => isAllowedWholeNumber(key, value), allowedWholeNumbers(key));
  for (const key of SWITCH_POLICY_KEYS) state[key] = booleanField(raw[key], `policies.${key}`, DEFAULT_POLICY_STATE[key]);
  for (const key of LIST_POLICY_KEYS) state[key] = textField(raw[key], `policies.${key}`);
  state['drivers'] = readDrivers(objectField(raw['drivers'], 'policies.drivers'));
  return state as PolicyState;
}

/** A policy field as saved, its default when missing; anything else is refused with what it may be. */
function readField(raw: Record<string, unknown>, key: keyof PolicyState, allowed: (value: unknown) => boolean, description: string): unknown {
  const value = raw[key];
  if (value === undefined) return DEFAULT_POLICY_STATE[key];
  if (!allowed(value)) throw new Error(`policies.${key} must be ${description}`);
  return value;
}

function readDrivers(rawDrivers: Record<string, unknown>): DriverChoice {
  const drivers: Record<string, string> = { ...DEFAULT_POLICY_STATE.drivers };
  for (const pool of POOL_IDS) {
    const value = rawDrivers[pool];
    if (value === undefined) continue;
    const options: readonly string[] = isUsagePoolId(pool) ? DRIVER_OPTIONS[pool] : SHARED_DRIVER_IDS;
    if (typeof value !== 'string' || !options.includes(value)) throw new Error(`policies.drivers.${pool} must be one of ${options.join(', ')}`);
    drivers[pool] = value;
  }
  return drivers as DriverChoice;
}
