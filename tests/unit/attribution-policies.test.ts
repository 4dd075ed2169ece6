/**
 * The cost attribution policies are defined once, in policyCatalog.ts. This test derives what the
 * CLI usage, the CLI flags, the scenario reader, the policy panel and the model must accept from
 * that one list, and checks each face agrees with it: a value added to the catalog but not wired
 * through, or a range changed in one face only, fails here.
 */
import { parse as parseHtml } from 'node-html-parser';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { runAttributeCli } from '../../src/cli/attribute';
import { PolicyPanel } from '../../src/islands/CostAttribution/PolicyPanel';
import { allocateCosts } from '../../src/lib/kafka/attribution/allocateCosts';
import { DEFAULT_POLICIES, type AttributionPolicies } from '../../src/lib/kafka/attribution/model';
import {
  CHOICE_POLICIES,
  CHOICE_POLICY_KEYS,
  choiceValues,
  DRIVER_POLICY,
  LIST_POLICIES,
  LIST_POLICY_KEYS,
  SWITCH_POLICIES,
  SWITCH_POLICY_KEYS,
  WHOLE_NUMBER_POLICIES,
  WHOLE_NUMBER_POLICY_KEYS,
} from '../../src/lib/kafka/attribution/policyCatalog';
import { DRIVER_OPTIONS, SHARED_DRIVER_IDS, USAGE_POOL_IDS } from '../../src/lib/kafka/attribution/pools';
import { DEFAULT_POLICY_STATE, parseScenario, type PolicyState } from '../../src/lib/kafka/attribution/scenarioFile';

const files: Record<string, string> = {
  'bill.csv': 'pool,amount\ncompute,300.00\negress,90.00\n',
  'usage.csv': 'topic,bytes_in,bytes_out\norders,600,1800\nclicks,300,300\n',
};
const cli = (...flags: string[]) =>
  runAttributeCli(['--bill', 'bill.csv', '--usage', 'usage.csv', ...flags], (path) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(path), { code: 'ENOENT' });
    return text;
  });

const usage = runAttributeCli(['--help'], () => '').stdout;

function savedPolicies(policies: Partial<Record<keyof PolicyState, unknown>>): PolicyState | string {
  const scenario = parseScenario(JSON.stringify({ kind: 'kafka-cost-attribution-scenario', version: 1, policies }));
  return 'error' in scenario ? scenario.error : scenario.policies;
}

const panel = parseHtml(renderToString(h(PolicyPanel, { id: 'p', policies: DEFAULT_POLICY_STATE, onChange: () => undefined })));

describe('choice policies', () => {
  for (const key of CHOICE_POLICY_KEYS) {
    const policy = CHOICE_POLICIES[key];
    const values = choiceValues(key);

    it(`${key}: the usage lists --${policy.flag} with every value and the default`, () => {
      expect(usage).toContain(`--${policy.flag} ${values.join('|')}`);
      expect(usage).toContain(`(default ${policy.default})`);
    });

    it(`${key}: the CLI takes every value and refuses any other, naming the flag`, () => {
      for (const value of values) expect(cli(`--${policy.flag}`, value).exitCode, value).toBe(0);
      expect(cli(`--${policy.flag}`, 'sometimes').stderr).toBe(`attribute: --${policy.flag} must be one of ${values.join(', ')}; got "sometimes"\n`);
    });

    it(`${key}: a scenario keeps every value and refuses any other, naming the field`, () => {
      for (const value of values) expect(savedPolicies({ [key]: value })).toMatchObject({ [key]: value });
      expect(savedPolicies({ [key]: 'sometimes' })).toBe(`This scenario file is damaged: policies.${key} must be one of ${values.join(', ')}.`);
    });

    it(`${key}: the panel offers exactly the catalog's values, labelled as the catalog says`, () => {
      const controls = panel.querySelectorAll(`input[name="p-${policy.flag}"], select#p-${policy.flag} option`);
      expect(controls.map((control) => control.getAttribute('value'))).toEqual(values);
      for (const option of policy.values) expect(panel.textContent).toContain(option.label);
      expect(panel.textContent).toContain(policy.label);
    });

    it(`${key}: the model's default is the catalog's`, () => {
      expect(DEFAULT_POLICIES[key]).toBe(policy.default);
      expect(DEFAULT_POLICY_STATE[key]).toBe(policy.default);
    });
  }
});

describe('whole-number policies', () => {
  const allocate = (policies: Partial<AttributionPolicies>) =>
    allocateCosts({ bill: [{ pool: 'compute', amountCents: 100n }], topics: [{ topic: 'a', bytesIn: 1n }], rules: [], policies: { ...DEFAULT_POLICIES, ...policies } });

  for (const key of WHOLE_NUMBER_POLICY_KEYS) {
    const { flag, min, max, default: fallback } = WHOLE_NUMBER_POLICIES[key];
    const range = `a whole number from ${min} to ${max}`;

    it(`${key}: the usage gives --${flag} its range and default`, () => {
      expect(usage).toContain(`--${flag} N`);
      expect(usage).toContain(`${min} to ${max} (default ${fallback})`);
    });

    it(`${key}: the CLI takes ${min} and ${max} and refuses ${min - 1}, ${max + 1} and 1.5`, () => {
      for (const value of [min, max]) expect(cli(`--${flag}`, String(value)).exitCode).toBe(0);
      for (const value of [String(min - 1), String(max + 1), '1.5']) expect(cli(`--${flag}=${value}`).stderr).toBe(`attribute: --${flag} must be ${range}; got "${value}"\n`);
    });

    it(`${key}: a scenario keeps ${min} and ${max} and refuses ${max + 1} and text, naming the field`, () => {
      for (const value of [min, max]) expect(savedPolicies({ [key]: value })).toMatchObject({ [key]: value });
      for (const value of [max + 1, String(min)]) expect(savedPolicies({ [key]: value })).toBe(`This scenario file is damaged: policies.${key} must be ${range}.`);
    });

    it(`${key}: the panel's field has the catalog's range`, () => {
      const input = panel.querySelectorAll('input[type="number"]').find((candidate) => candidate.getAttribute('min') === String(min) && candidate.getAttribute('max') === String(max));
      expect(input?.getAttribute('value')).toBe(String(fallback));
      expect(panel.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe(WHOLE_NUMBER_POLICIES[key].label);
    });

    it(`${key}: the model accepts ${min} and ${max} and refuses ${max + 1}`, () => {
      for (const value of [min, max]) expect(() => allocate({ [key]: value })).not.toThrow();
      expect(() => allocate({ [key]: max + 1 })).toThrow(range);
    });
  }
});

describe('switch and text policies', () => {
  for (const key of SWITCH_POLICY_KEYS) {
    const { flag, label } = SWITCH_POLICIES[key];
    it(`${key}: a bare --${flag}, a true/false in a scenario and a labelled checkbox`, () => {
      expect(usage).toContain(`--${flag} `);
      expect(cli(`--${flag}`).exitCode).toBe(0);
      expect(savedPolicies({ [key]: true })).toMatchObject({ [key]: true });
      expect(savedPolicies({ [key]: 'yes' })).toBe(`This scenario file is damaged: "policies.${key}" must be true or false.`);
      const checkbox = panel.querySelectorAll('label').find((candidate) => candidate.querySelector('input[type="checkbox"]'));
      expect(checkbox?.textContent).toBe(label);
    });
  }

  for (const key of LIST_POLICY_KEYS) {
    const { flag, metavar, label } = LIST_POLICIES[key];
    it(`${key}: a repeatable --${flag} ${metavar}, text in a scenario, a labelled field`, () => {
      expect(usage).toContain(`--${flag} ${metavar}`);
      expect(savedPolicies({ [key]: 'text as typed' })).toMatchObject({ [key]: 'text as typed' });
      expect(savedPolicies({ [key]: 7 })).toBe(`This scenario file is damaged: "policies.${key}" must be text.`);
      expect(panel.querySelectorAll('label').map((candidate) => candidate.textContent.trim())).toContain(label);
    });
  }

  it(`drivers: --${DRIVER_POLICY.flag} POOL=DRIVER and the panel both offer each pool's drivers`, () => {
    expect(usage).toContain(`--${DRIVER_POLICY.flag} ${DRIVER_POLICY.metavar}`);
    for (const pool of [...USAGE_POOL_IDS, 'fixed', 'adjustments'] as const) {
      const options = pool === 'fixed' || pool === 'adjustments' ? SHARED_DRIVER_IDS : DRIVER_OPTIONS[pool];
      expect(panel.querySelectorAll(`select#p-driver-${pool} option`).map((option) => option.getAttribute('value'))).toEqual([...options]);
      expect(cli(`--${DRIVER_POLICY.flag}`, `${pool}=${options[options.length - 1]}`).exitCode).toBe(0);
    }
  });

  it('every flag the catalog names is one the CLI reads, and no two policies share one', () => {
    const flags = [
      ...CHOICE_POLICY_KEYS.map((key) => CHOICE_POLICIES[key].flag),
      ...WHOLE_NUMBER_POLICY_KEYS.map((key) => WHOLE_NUMBER_POLICIES[key].flag),
      ...SWITCH_POLICY_KEYS.map((key) => SWITCH_POLICIES[key].flag),
      ...LIST_POLICY_KEYS.map((key) => LIST_POLICIES[key].flag),
      DRIVER_POLICY.flag,
    ];
    expect(new Set(flags).size).toBe(flags.length);
    for (const flag of flags) expect(cli(`--${flag}`).stderr, flag).not.toMatch(/Unknown option/);
  });

  it('a saved scenario with no policies reads back as the catalog defaults', () => {
    expect(savedPolicies({})).toEqual(DEFAULT_POLICY_STATE);
  });
});
