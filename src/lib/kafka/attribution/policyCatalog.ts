/**
 * Every cost attribution policy a reader can set, as data: its scenario field (the key), CLI flag,
 * panel label, CLI help, values with their labels, default and range. The model's policy types,
 * the CLI flags and usage text, the scenario reader, the policy panel and the property-test
 * arbitraries all derive from these lists; tests/unit/attribution-policies.test.ts checks that
 * every face agrees with them. Adding a policy value is one entry here, one model step and one test.
 * The modelling choices behind each policy: docs/method/kafka-cost-attribution.md §3.
 */

interface PolicyBase {
  /** The CLI flag, without the leading dashes. */
  readonly flag: string;
  /** The policy panel's label or legend. */
  readonly label: string;
  /** The CLI usage text, lower case, without the default (added from `default`). */
  readonly help: string;
  /** More CLI usage text, after the default. */
  readonly note?: string;
}

export interface PolicyValue<Value extends string = string> {
  readonly value: Value;
  readonly label: string;
}

export interface ChoicePolicy<Value extends string = string> extends PolicyBase {
  readonly values: readonly PolicyValue<Value>[];
  readonly default: Value;
}

export interface WholeNumberPolicy extends PolicyBase {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

export interface SwitchPolicy extends PolicyBase {
  readonly default: boolean;
}

/** A policy given as text: repeatable on the command line, one field in the panel and the scenario. */
export interface ListPolicy extends PolicyBase {
  /** What one CLI flag takes, e.g. TEAM=PERCENT. */
  readonly metavar: string;
  /** The panel's hint; `code` spans are written in backticks. */
  readonly hint?: string;
}

/**
 * Defaults: the showback defaults of the research report (internal topics spread, idle as its own
 * line, Unallocated shown), read 2026-11-24; egress paid by the topic's owner, as most chargeback
 * tools do; replication transfer billed unless the reader says the cluster is Amazon MSK.
 */
export const CHOICE_POLICIES = {
  internal: {
    flag: 'internal',
    label: 'Internal topics (__consumer_offsets, _schemas, connect-*)',
    help: 'internal topics',
    values: [
      { value: 'spread', label: 'Spread over the other topics' },
      { value: 'platform', label: 'Charge to a Platform line' },
      { value: 'proxy', label: 'Pass on by proxy (offsets by consumer groups, transactions by bytes in)' },
    ],
    default: 'spread',
  },
  idle: {
    flag: 'idle',
    label: 'Idle capacity (pools with a capacity)',
    help: 'idle capacity',
    values: [
      { value: 'separate', label: 'Keep as its own Idle line' },
      { value: 'share', label: 'Share over the topics' },
      { value: 'platform', label: 'Charge to Platform' },
    ],
    default: 'separate',
  },
  unallocated: {
    flag: 'unallocated',
    label: 'Topics no rule maps',
    help: 'unmapped topics',
    values: [
      { value: 'show', label: 'Show as Unallocated' },
      { value: 'redistribute', label: 'Redistribute to mapped teams' },
      { value: 'platform', label: 'Charge to Platform' },
    ],
    default: 'show',
  },
  egressPayer: {
    flag: 'egress',
    label: 'Who pays for egress',
    help: 'who pays for egress',
    note: 'consumers and blend need kafka-consumer-groups output in --usage',
    values: [
      { value: 'owner', label: 'The topic’s owner' },
      { value: 'consumers', label: 'The consumer groups’ teams, in equal shares per group' },
      { value: 'blend', label: 'A blend: the owner keeps a share, the groups split the rest' },
    ],
    default: 'owner',
  },
  billing: {
    flag: 'billing',
    label: 'Replication transfer',
    help: 'replication transfer billing',
    note: 'Amazon MSK does not bill replication transfer',
    values: [
      { value: 'self-managed', label: 'Billed (self-managed on a cloud)' },
      { value: 'msk', label: 'Free (Amazon MSK)' },
    ],
    default: 'self-managed',
  },
  tieBreak: {
    flag: 'tie-break',
    label: 'Leftover cents when remainders tie',
    help: 'tied leftover cents',
    note: 'rotate-by-period starts the name order further along each billing period (--tie-break-period)',
    values: [
      { value: 'name', label: 'The first by name, every period' },
      { value: 'rotate-by-period', label: 'By name, starting further along each billing period' },
    ],
    default: 'name',
  },
} as const satisfies Record<string, ChoicePolicy>;

/**
 * Zones: Amazon MSK's default configuration sets default.replication.factor to 3 for clusters in
 * 3 Availability Zones, https://docs.aws.amazon.com/msk/latest/developerguide/msk-default-configuration.html
 * (read 2026-11-24). At most six: us-east-1 has six Availability Zones (use1-az1 to use1-az6), the most of any
 * region, https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html (read 2026-12-04).
 * The owner's share: an even blend. The billing period: 0, the first; up to 9999 months (over 800 years).
 */
export const WHOLE_NUMBER_POLICIES = {
  zones: { flag: 'zones', label: 'Availability zones', help: 'availability zones', min: 1, max: 6, default: 3 },
  egressOwnerPercent: { flag: 'egress-owner-percent', label: 'Owner’s share in a blend (%)', help: 'the owner’s share in a blend', min: 0, max: 100, default: 50 },
  tieBreakPeriod: {
    flag: 'tie-break-period',
    label: 'Billing period number, for rotating tied cents',
    help: 'the billing period’s number for --tie-break rotate-by-period, counted from any start (e.g. months since the first bill)',
    min: 0,
    max: 9999,
    default: 0,
  },
} as const satisfies Record<string, WholeNumberPolicy>;

export const SWITCH_POLICIES = {
  fetchFromFollower: { flag: 'fetch-from-follower', label: 'Consumers fetch from same-zone followers', help: 'consumers fetch from same-zone followers (KIP-392)', default: false },
} as const satisfies Record<string, SwitchPolicy>;

export const LIST_POLICIES = {
  internalPatterns: {
    flag: 'internal-pattern',
    metavar: 'GLOB',
    label: 'More internal topic patterns (comma separated, * matches anything)',
    help: 'another internal topic pattern (repeatable)',
  },
  teamShares: {
    flag: 'team-share',
    metavar: 'TEAM=PERCENT',
    label: 'Fixed % per team (used by the “fixed % per team” driver)',
    help: 'a team’s fixed share for the team-percent driver (repeatable; the shares must add up to 100)',
    hint: 'One per line, e.g. `payments = 40`; the shares must add up to 100%. A team with no topic gets a line of its own.',
  },
  teamQuotas: {
    flag: 'team-quota',
    metavar: 'TEAM=QUOTA',
    label: 'Reserved quota per team (used by the compute pool’s “reserved quota” driver)',
    help: 'a team’s reserved quota (any one unit, e.g. MB/s) for the compute driver reserved-quota (repeatable)',
    hint: 'One per line in any one unit, e.g. `payments = 10 MB/s`: each team pays its quota’s share of compute, split over its topics by throughput.',
  },
} as const satisfies Record<string, ListPolicy>;

/** The pool drivers: their values per pool are in pools.ts (DRIVER_OPTIONS, SHARED_DRIVER_IDS). */
export const DRIVER_POLICY = {
  flag: 'driver',
  metavar: 'POOL=DRIVER',
  label: 'Driver per pool',
  help: 'change a pool’s driver (repeatable), e.g. compute=even',
} as const satisfies ListPolicy;

export type ChoicePolicyKey = keyof typeof CHOICE_POLICIES;
export type WholeNumberPolicyKey = keyof typeof WHOLE_NUMBER_POLICIES;
export type SwitchPolicyKey = keyof typeof SWITCH_POLICIES;
export type ListPolicyKey = keyof typeof LIST_POLICIES;

/** The values a choice policy takes, e.g. 'spread' | 'platform' | 'proxy'. */
export type ChoiceValue<Key extends ChoicePolicyKey> = (typeof CHOICE_POLICIES)[Key]['values'][number]['value'];

export const CHOICE_POLICY_KEYS = Object.keys(CHOICE_POLICIES) as ChoicePolicyKey[];
export const WHOLE_NUMBER_POLICY_KEYS = Object.keys(WHOLE_NUMBER_POLICIES) as WholeNumberPolicyKey[];
export const SWITCH_POLICY_KEYS = Object.keys(SWITCH_POLICIES) as SwitchPolicyKey[];
export const LIST_POLICY_KEYS = Object.keys(LIST_POLICIES) as ListPolicyKey[];

export function choiceValues<Key extends ChoicePolicyKey>(key: Key): ChoiceValue<Key>[] {
  return CHOICE_POLICIES[key].values.map((option) => option.value as ChoiceValue<Key>);
}

export function isChoiceValue<Key extends ChoicePolicyKey>(key: Key, value: unknown): value is ChoiceValue<Key> {
  return CHOICE_POLICIES[key].values.some((option) => option.value === value);
}

/** What a value may be, for messages: "one of spread, platform, proxy" or "a whole number from 1 to 6". */
export function allowedChoices(key: ChoicePolicyKey): string {
  return `one of ${choiceValues(key).join(', ')}`;
}

export function allowedWholeNumbers(key: WholeNumberPolicyKey): string {
  const { min, max } = WHOLE_NUMBER_POLICIES[key];
  return `a whole number from ${min} to ${max}`;
}

export function isAllowedWholeNumber(key: WholeNumberPolicyKey, value: unknown): value is number {
  const { min, max } = WHOLE_NUMBER_POLICIES[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
