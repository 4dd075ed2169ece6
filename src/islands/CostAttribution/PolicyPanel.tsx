/** The policy toggles: internal topics, idle capacity, unmapped topics, zones and drivers per pool. */
import { DRIVER_LABELS, DRIVER_OPTIONS, POOL_LABELS, SHARED_DRIVER_IDS, USAGE_POOL_IDS, type DriverChoice } from '../../lib/kafka/attribution/pools';
import type { ComponentChildren } from 'preact';
import { parseTeamQuotas, parseTeamShares, type TeamWeightsParse } from '../../lib/kafka/attribution/teamShares';
import { CheckedTextarea } from './CheckedTextarea';
import type { PolicyState } from '../../lib/kafka/attribution/scenarioFile';
import {
  CHOICE_POLICIES,
  DRIVER_POLICY,
  isAllowedWholeNumber,
  LIST_POLICIES,
  SWITCH_POLICIES,
  WHOLE_NUMBER_POLICIES,
  type ChoicePolicyKey,
  type ListPolicy,
  type PolicyValue,
  type WholeNumberPolicyKey,
} from '../../lib/kafka/attribution/policyCatalog';

export function PolicyPanel({ id, policies, onChange }: { id: string; policies: PolicyState; onChange: (next: PolicyState) => void }) {
  const set = <K extends keyof PolicyState>(key: K, value: PolicyState[K]) => onChange({ ...policies, [key]: value });
  const setDriver = (pool: keyof DriverChoice, value: string) => set('drivers', { ...policies.drivers, [pool]: value } as DriverChoice);
  return (
    <div class="grid gap-4 md:grid-cols-3">
      <PolicyRadios id={id} policy="internal" policies={policies} onChange={set} />
      <PolicyRadios id={id} policy="idle" policies={policies} onChange={set} />
      <PolicyRadios id={id} policy="unallocated" policies={policies} onChange={set} />
      <PolicyRadios id={id} policy="egressPayer" policies={policies} onChange={set}>
        <WholeNumberField id={`${id}-egress-owner`} policy="egressOwnerPercent" policies={policies} onChange={set} />
        <p class="mt-1 text-xs text-muted">
          Needs consumer group names (kafka-consumer-groups --describe output). Groups map to teams with the rules above, e.g. <code>exact:billing-svc =&gt; billing</code>.
        </p>
      </PolicyRadios>
      <PolicyRadios id={id} policy="tieBreak" policies={policies} onChange={set}>
        <WholeNumberField id={`${id}-tie-break-period`} policy="tieBreakPeriod" policies={policies} onChange={set} />
      </PolicyRadios>
      <fieldset class="rounded border border-border p-3">
        <legend class="px-1 font-semibold">Cross-zone estimate</legend>
        <WholeNumberField id={`${id}-zones`} policy="zones" policies={policies} onChange={set} />
        <label class="mt-2 block text-sm" for={`${id}-billing`}>
          {CHOICE_POLICIES.billing.label}
        </label>
        <select id={`${id}-billing`} class="rounded border border-border bg-bg px-2 py-1 text-fg" value={policies.billing} onChange={(event) => set('billing', event.currentTarget.value as PolicyState['billing'])}>
          {CHOICE_POLICIES.billing.values.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <label class="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={policies.fetchFromFollower} onChange={(event) => set('fetchFromFollower', event.currentTarget.checked)} />
          {SWITCH_POLICIES.fetchFromFollower.label}
        </label>
      </fieldset>
      <fieldset class="rounded border border-border p-3">
        <legend class="px-1 font-semibold">Team shares and quotas</legend>
        <TeamWeightsField
          id={`${id}-shares`}
          policy={LIST_POLICIES.teamShares}
          value={policies.teamShares}
          parse={parseTeamShares}
          onInput={(text) => set('teamShares', text)}
        />
        <TeamWeightsField
          id={`${id}-quotas`}
          policy={LIST_POLICIES.teamQuotas}
          value={policies.teamQuotas}
          parse={parseTeamQuotas}
          onInput={(text) => set('teamQuotas', text)}
        />
      </fieldset>
      <fieldset class="rounded border border-border p-3 md:col-span-3">
        <legend class="px-1 font-semibold">{DRIVER_POLICY.label}</legend>
        <div class="grid gap-2 sm:grid-cols-2 md:grid-cols-3">
          {USAGE_POOL_IDS.map((pool) => (
            <DriverSelect key={pool} id={`${id}-driver-${pool}`} label={POOL_LABELS[pool]} value={policies.drivers[pool]} options={DRIVER_OPTIONS[pool]} onChange={(v) => setDriver(pool, v)} />
          ))}
          {(['fixed', 'adjustments'] as const).map((pool) => (
            <DriverSelect key={pool} id={`${id}-driver-${pool}`} label={POOL_LABELS[pool]} value={policies.drivers[pool]} options={SHARED_DRIVER_IDS} onChange={(v) => setDriver(pool, v)} />
          ))}
        </div>
        <label class="mt-3 block text-sm" for={`${id}-patterns`}>
          {LIST_POLICIES.internalPatterns.label}
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
  policy,
  value,
  parse,
  onInput,
}: {
  id: string;
  policy: ListPolicy;
  value: string;
  parse: (text: string) => TeamWeightsParse;
  onInput: (text: string) => void;
}) {
  return (
    <div class="mt-3 first-of-type:mt-0">
      <CheckedTextarea id={id} label={policy.label} labelClass="block text-sm" hint={<CodeSpans text={policy.hint ?? ''} />} rows={3} value={value} errors={parse(value).errors} onInput={onInput} />
    </div>
  );
}

type SetPolicy = <K extends keyof PolicyState>(key: K, value: PolicyState[K]) => void;

/** Text with `code` spans in backticks, as the catalog writes hints. */
function CodeSpans({ text }: { text: string }) {
  return <>{text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>;
}

/** A whole-number policy that keeps the last valid value when given anything outside its range. */
function WholeNumberField({ id, policy, policies, onChange }: { id: string; policy: WholeNumberPolicyKey; policies: PolicyState; onChange: SetPolicy }) {
  const { label, min, max } = WHOLE_NUMBER_POLICIES[policy];
  const value = policies[policy];
  return (
    <>
      <label class="mt-2 block text-sm first:mt-0" for={id}>
        {label}
      </label>
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
          if (isAllowedWholeNumber(policy, next)) onChange(policy, next);
          else event.currentTarget.value = String(value);
        }}
      />
    </>
  );
}

/** A choice policy as radio buttons, from its catalog entry. */
function PolicyRadios<K extends ChoicePolicyKey>({ id, policy, policies, onChange, children }: { id: string; policy: K; policies: PolicyState; onChange: SetPolicy; children?: ComponentChildren }) {
  const entry: { flag: string; label: string; values: readonly PolicyValue[] } = CHOICE_POLICIES[policy];
  return (
    <Radios id={`${id}-${entry.flag}`} legend={entry.label} choices={entry.values} value={policies[policy] as string} onChange={(value) => onChange(policy, value as PolicyState[K])}>
      {children}
    </Radios>
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
  choices: readonly PolicyValue<T>[];
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
