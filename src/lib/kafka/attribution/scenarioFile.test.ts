import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_STATE, EMPTY_SCENARIO, parseScenario, serializeScenario, toPolicies } from './scenarioFile';

describe('scenario files', () => {
  it('round-trips a scenario through its file format', () => {
    const scenario = {
      ...EMPTY_SCENARIO,
      bill: 'pool,amount\ncompute,10\n',
      rules: 'prefix:a => team-a',
      sources: { ...EMPTY_SCENARIO.sources, bytesIn: '{"status":"success"}' },
      policies: { ...DEFAULT_POLICY_STATE, internal: 'proxy' as const, zones: 2, drivers: { ...DEFAULT_POLICY_STATE.drivers, compute: 'even' as const }, teamShares: 'a = 60\nb = 40', teamQuotas: 'a = 10 MB/s', egressPayer: 'blend' as const, egressOwnerPercent: 30 },
    };
    expect(parseScenario(serializeScenario(scenario))).toEqual(scenario);
  });

  it('says what is wrong with a file that is not a scenario or is damaged', () => {
    expect(parseScenario('not json')).toEqual({ error: 'This file is not JSON; expected a scenario saved by this calculator.' });
    expect(parseScenario('{"bill": "x"}')).toMatchObject({ error: expect.stringMatching(/not a scenario saved by this calculator/) });
    const damaged = JSON.stringify({ kind: 'kafka-cost-attribution-scenario', version: 1, policies: { idle: 'sometimes' } });
    expect(parseScenario(damaged)).toEqual({ error: 'This scenario file is damaged: policies.idle must be one of separate, share, platform.' });
    const badDriver = JSON.stringify({ kind: 'kafka-cost-attribution-scenario', version: 1, policies: { drivers: { egress: 'vibes' } } });
    expect(parseScenario(badDriver)).toEqual({ error: 'This scenario file is damaged: policies.drivers.egress must be one of bytes-out, consumer-groups, even.' });
  });

  it('turns the comma-separated internal patterns into a list', () => {
    expect(toPolicies({ ...DEFAULT_POLICY_STATE, internalPatterns: ' mm2-*.internal, ,_dsh.* ' }).extraInternalPatterns).toEqual(['mm2-*.internal', '_dsh.*']);
  });

  it('reads team shares only when a shared pool uses them, and names the bad line when it does', () => {
    const typing = { ...DEFAULT_POLICY_STATE, teamShares: 'payments = 4' };
    expect(toPolicies(typing).teamShares).toEqual([]);
    const used = { ...typing, drivers: { ...DEFAULT_POLICY_STATE.drivers, fixed: 'team-percent' as const } };
    expect(() => toPolicies(used)).toThrow('fixed % per team: the team shares add up to 4%, not 100%');
    expect(toPolicies({ ...used, teamShares: 'payments = 100' }).teamShares).toEqual([{ team: 'payments', weight: 10000n, line: 1 }]);
    const quotas = { ...DEFAULT_POLICY_STATE, teamQuotas: 'payments = ten', drivers: { ...DEFAULT_POLICY_STATE.drivers, compute: 'reserved-quota' as const } };
    expect(() => toPolicies(quotas)).toThrow('reserved quota per team: line 1: expected "team = quota" such as "payments = 10 MB/s", got "payments = ten"');
  });
});

describe('a scenario field of the wrong type is refused with its name, never read as empty', () => {
  const saved = (extra: Record<string, unknown>) => JSON.stringify({ kind: 'kafka-cost-attribution-scenario', version: 1, bill: 'pool,amount\ncompute,1\n', ...extra });
  it.each([
    [{ sources: 'orders,1' }, '"sources" must be an object'],
    [{ policies: [] }, '"policies" must be an object'],
    [{ policies: { drivers: 'throughput' } }, '"policies.drivers" must be an object'],
    [{ policies: { fetchFromFollower: 'yes' } }, '"policies.fetchFromFollower" must be true or false'],
    [{ policies: { internalPatterns: ['^_'] } }, '"policies.internalPatterns" must be text'],
    [{ policies: { teamShares: { payments: 50 } } }, '"policies.teamShares" must be text'],
    [{ policies: { teamQuotas: 7 } }, '"policies.teamQuotas" must be text'],
  ])('%j', (extra, message) => {
    expect(parseScenario(saved(extra))).toEqual({ error: `This scenario file is damaged: ${message}.` });
  });

  it('still reads a scenario that leaves those fields out', () => {
    const scenario = parseScenario(saved({}));
    expect('error' in scenario).toBe(false);
  });
});
