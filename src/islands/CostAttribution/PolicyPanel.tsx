/** The policy toggles: internal topics, idle capacity, unmapped topics, zones and drivers per pool. */
import { DRIVER_LABELS, DRIVER_OPTIONS, POOL_LABELS, SHARED_DRIVER_IDS, USAGE_POOL_IDS, type DriverChoice } from '../../lib/kafka/attribution/pools';
import type { ComponentChildren } from 'preact';
import { parseTeamQuotas, parseTeamShares, type TeamWeightsParse } from '../../lib/kafka/attribution/teamShares';
import { CheckedTextarea } from './CheckedTextarea';
import { WHOLE_NUMBER_RANGES, type PolicyState } from '../../lib/kafka/attribution/scenarioFile';

interface Choice<T extends string> {
  value: T;
  label: string;
}

const INTERNAL: Choice<PolicyState['internal']>[] = [
  { value: 'spread', label: 'Spread over the other topics' },
  { value: 'platform', label: 'Charge to a Platform line' },
  { value: 'proxy', label: 'Pass on by proxy (offsets by consumer groups, transactions by bytes in)' },
];
const IDLE: Choice<PolicyState['idle']>[] = [
  { value: 'separate', label: 'Keep as its own Idle line' },
  { value: 'share', label: 'Share over the topics' },
  { value: 'platform', label: 'Charge to Platform' },
];
const EGRESS: Choice<PolicyState['egressPayer']>[] = [
  { value: 'owner', label: 'The topic’s owner' },
  { value: 'consumers', label: 'The consumer groups’ teams, in equal shares per group' },
  { value: 'blend', label: 'A blend: the owner keeps a share, the groups split the rest' },
];
const UNALLOCATED: Choice<PolicyState['unallocated']>[] = [
  { value: 'show', label: 'Show as Unallocated' },
  { value: 'redistribute', label: 'Redistribute to mapped teams' },
  { value: 'platform', label: 'Charge to Platform' },
];

export function PolicyPanel({ id, policies, onChange }: { id: string; policies: PolicyState; onChange: (next: PolicyState) => void }) {
  const set = <K extends keyof PolicyState>(key: K, value: PolicyState[K]) => onChange({ ...policies, [key]: value });
  const setDriver = (pool: keyof DriverChoice, value: string) => set('drivers', { ...policies.drivers, [pool]: value } as DriverChoice);
  return (
    <div class="grid gap-4 md:grid-cols-3">
      <Radios id={`${id}-internal`} legend="Internal topics (__consumer_offsets, _schemas, connect-*)" choices={INTERNAL} value={policies.internal} onChange={(v) => set('internal', v)} />
      <Radios id={`${id}-idle`} legend="Idle capacity (pools with a capacity)" choices={IDLE} value={policies.idle} onChange={(v) => set('idle', v)} />
      <Radios id={`${id}-unallocated`} legend="Topics no rule maps" choices={UNALLOCATED} value={policies.unallocated} onChange={(v) => set('unallocated', v)} />
      <Radios id={`${id}-egress`} legend="Who pays for egress" choices={EGRESS} value={policies.egressPayer} onChange={(v) => set('egressPayer', v)}>
        <label class="mt-2 block text-sm" for={`${id}-egress-owner`}>
          Owner’s share in a blend (%)
        </label>
        <WholeNumberInput id={`${id}-egress-owner`} {...WHOLE_NUMBER_RANGES.egressOwnerPercent} value={policies.egressOwnerPercent} onChange={(percent) => set('egressOwnerPercent', percent)} />
        <p class="mt-1 text-xs text-muted">
          Needs consumer group names (kafka-consumer-groups --describe output). Groups map to teams with the rules above, e.g. <code>exact:billing-svc =&gt; billing</code>.
        </p>
      </Radios>
      <fieldset class="rounded border border-border p-3">
        <legend class="px-1 font-semibold">Cross-zone estimate</legend>
        <label class="block text-sm" for={`${id}-zones`}>
          Availability zones
        </label>
        <WholeNumberInput id={`${id}-zones`} {...WHOLE_NUMBER_RANGES.zones} value={policies.zones} onChange={(zones) => set('zones', zones)} />
        <label class="mt-2 block text-sm" for={`${id}-billing`}>
          Replication transfer
        </label>
        <select id={`${id}-billing`} class="rounded border border-border bg-bg px-2 py-1 text-fg" value={policies.billing} onChange={(event) => set('billing', event.currentTarget.value as PolicyState['billing'])}>
          <option value="self-managed">Billed (self-managed on a cloud)</option>
          <option value="msk">Free (Amazon MSK)</option>
        </select>
        <label class="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={policies.fetchFromFollower} onChange={(event) => set('fetchFromFollower', event.currentTarget.checked)} />
          Consumers fetch from same-zone followers
        </label>
      </fieldset>
      <fieldset class="rounded border border-border p-3">
        <legend class="px-1 font-semibold">Team shares and quotas</legend>
        <TeamWeightsField
          id={`${id}-shares`}
          label="Fixed % per team (used by the “fixed % per team” driver)"
          hint={
            <>
              One per line, e.g. <code>payments = 40</code>; the shares must add up to 100%. A team with no topic gets a line of its own.
            </>
          }
          value={policies.teamShares}
          parse={parseTeamShares}
          onInput={(text) => set('teamShares', text)}
        />
        <TeamWeightsField
          id={`${id}-quotas`}
          label="Reserved quota per team (used by the compute pool’s “reserved quota” driver)"
          hint={
            <>
              One per line in any one unit, e.g. <code>payments = 10 MB/s</code>: each team pays its quota’s share of compute, split over its topics by throughput.
            </>
          }
          value={policies.teamQuotas}
          parse={parseTeamQuotas}
          onInput={(text) => set('teamQuotas', text)}
        />
      </fieldset>
      <fieldset class="rounded border border-border p-3 md:col-span-3">
        <legend class="px-1 font-semibold">Driver per pool</legend>
        <div class="grid gap-2 sm:grid-cols-2 md:grid-cols-3">
          {USAGE_POOL_IDS.map((pool) => (
            <DriverSelect key={pool} id={`${id}-driver-${pool}`} label={POOL_LABELS[pool]} value={policies.drivers[pool]} options={DRIVER_OPTIONS[pool]} onChange={(v) => setDriver(pool, v)} />
          ))}
          {(['fixed', 'adjustments'] as const).map((pool) => (
            <DriverSelect key={pool} id={`${id}-driver-${pool}`} label={POOL_LABELS[pool]} value={policies.drivers[pool]} options={SHARED_DRIVER_IDS} onChange={(v) => setDriver(pool, v)} />
          ))}
        </div>
        <label class="mt-3 block text-sm" for={`${id}-patterns`}>
          More internal topic patterns (comma separated, * matches anything)
        </label>
        <input
          id={`${id}-patterns`}
          type="text"
          class="w-full rounded border border-border bg-bg px-2 py-1 font-mono text-sm text-fg"
          value={policies.internalPatterns}
          placeholder="mm2-*.internal, _dsh.*"
          onChange={(event) => set('internalPatterns', event.currentTarget.value)}
        />
      </fieldset>
    </div>
  );
}

/** Team shares or quotas for a team-level driver, with every problem named by line. */
function TeamWeightsField({
  id,
  label,
  hint,
  value,
  parse,
  onInput,
}: {
  id: string;
  label: string;
  hint: ComponentChildren;
  value: string;
  parse: (text: string) => TeamWeightsParse;
  onInput: (text: string) => void;
}) {
  return (
    <div class="mt-3 first-of-type:mt-0">
      <CheckedTextarea id={id} label={label} labelClass="block text-sm" hint={hint} rows={3} value={value} errors={parse(value).errors} onInput={onInput} />
    </div>
  );
}

/** A whole-number field that keeps the last valid value when given anything outside min to max. */
function WholeNumberInput({ id, min, max, value, onChange }: { id: string; min: number; max: number; value: number; onChange: (value: number) => void }) {
  return (
    <input
      id={id}
      type="number"
      min={min}
      max={max}
      step={1}
      class="w-20 rounded border border-border bg-bg px-2 py-1 text-fg"
      value={value}
      onChange={(event) => {
        const next = Number(event.currentTarget.value);
        if (Number.isInteger(next) && next >= min && next <= max) onChange(next);
        else event.currentTarget.value = String(value);
      }}
    />
  );
}

function Radios<T extends string>({
  id,
  legend,
  choices,
  value,
  onChange,
  children,
}: {
  id: string;
  legend: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="rounded border border-border p-3">
      <legend class="px-1 font-semibold">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="mt-1 flex items-start gap-2 text-sm">
          <input type="radio" name={id} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} class="mt-1" />
          {choice.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

function DriverSelect({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: readonly string[]; onChange: (value: string) => void }) {
  return (
    <div>
      <label class="block text-sm" for={id}>
        {label}
      </label>
      <select id={id} class="w-full rounded border border-border bg-bg px-2 py-1 text-fg" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {DRIVER_LABELS[option as keyof typeof DRIVER_LABELS]}
          </option>
        ))}
      </select>
    </div>
  );
}
