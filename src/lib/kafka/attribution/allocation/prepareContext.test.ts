import { describe, expect, it } from 'vitest';
import { splitDetails } from '../allocatedLine';
import { DEFAULT_POLICIES, IDLE_OBJECT, IDLE_TEAM, type AttributionInput } from '../model';
import { parseMappingRules } from '../teamMapping';
import { addLine, policyObject } from './booking';
import { prepareContext } from './prepareContext';
import { totals } from './totals';

const input = (policies: Partial<AttributionInput['policies']> = {}): AttributionInput => ({
  bill: [
    { pool: 'compute', amountCents: 600n },
    { pool: 'compute', amountCents: -100n },
    { pool: 'egress', amountCents: 0n },
  ],
  topics: [{ topic: 'zeta' }, { topic: '__consumer_offsets' }, { topic: 'alpha' }],
  rules: parseMappingRules('prefix:a => team-a').rules,
  policies: { ...DEFAULT_POLICIES, ...policies },
});

describe('prepareContext', () => {
  it('merges the bill, keeps topics in input order and in name order, and picks the eligible topics by policy', () => {
    const context = prepareContext(input());
    expect([...context.bill]).toEqual([['compute', { amountCents: 500n }]]);
    expect(context.topics.map((t) => t.id)).toEqual(['zeta', '__consumer_offsets', 'alpha']);
    expect(context.byName.map((t) => t.id)).toEqual(['__consumer_offsets', 'alpha', 'zeta']);
    expect(context.regular.map((t) => t.id)).toEqual(['alpha', 'zeta']);
    expect(context.eligible).toBe(context.regular);
    expect(prepareContext(input({ internal: 'proxy' })).eligible.map((t) => t.id)).toEqual(['__consumer_offsets', 'alpha', 'zeta']);
    expect(context.topics.map((t) => [t.team, t.unmapped])).toEqual([
      ['Unallocated', true],
      ['Platform', false],
      ['team-a', false],
    ]);
  });

  it('makes a policy object once, after the topics, and totals count its cents', () => {
    const context = prepareContext(input());
    const idle = policyObject(context, IDLE_OBJECT, IDLE_TEAM);
    expect(policyObject(context, IDLE_OBJECT, IDLE_TEAM)).toBe(idle);
    expect(context.objects.map((o) => o.id)).toEqual(['zeta', '__consumer_offsets', 'alpha', IDLE_OBJECT]);
    const details = splitDetails('compute', { driver: 'd', driverScale: 1n, totalWeight: 1n, splitCents: 500n, method: 'idle-capacity', fallbackTier: 0, note: 'n' });
    addLine(context, idle, details, 500, 0n, 1n, 0);
    addLine(context, idle, details, 0, 0n, 1n, 0);
    const result = totals(context);
    expect(result.lines).toHaveLength(1);
    expect(result.totalCents).toBe(500n);
    expect(result.teams[0]).toMatchObject({ team: IDLE_TEAM, kind: 'idle', amountCents: 500n, members: [IDLE_OBJECT] });
    expect(result.topics.map((t) => t.topic)).toEqual(['zeta', '__consumer_offsets', 'alpha']);
  });
});
