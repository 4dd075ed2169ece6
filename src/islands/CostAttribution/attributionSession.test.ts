import { describe, expect, it } from 'vitest';
import { AttributionSession, type SessionProgress } from './attributionSession';
import { DEFAULT_POLICY_STATE } from '../../lib/kafka/attribution/scenarioFile';

const BILL = 'pool,amount\ncompute,300.00\ningress,90.00\n';
const USAGE = 'topic,bytes_in,bytes_out\norders,600,1800\nclicks,300,300\n';

describe('AttributionSession', () => {
  it('parses inputs, allocates from what it kept, and hands out lines and exports on request', () => {
    const session = new AttributionSession();
    expect(session.handle({ id: 1, type: 'parse', slot: 'bill', kind: 'bill', text: BILL }, () => undefined)).toEqual({
      id: 1,
      type: 'parsed',
      formatName: 'Bill CSV',
      summary: '2 pools, $390.00',
      warnings: [],
    });
    expect(session.handle({ id: 2, type: 'parse', slot: 'usage', kind: 'usage', text: USAGE }, () => undefined)).toMatchObject({ type: 'parsed', summary: '2 topics' });

    const allocated = session.handle(
      { id: 3, type: 'allocate', billSlot: 'bill', usageSlots: [{ slot: 'usage', label: 'Usage' }], rules: 'exact:orders => shop', policies: DEFAULT_POLICY_STATE },
      () => undefined,
    );
    if (allocated.type !== 'allocated') throw new Error(`expected an allocation, got ${allocated.type}`);
    // compute 30000 by 2400:600, ingress 9000 by 600:300
    expect(allocated.view.totalCents).toBe(39000n);
    expect(allocated.view.reconciliation).toEqual({ lineCount: 4, lineSumCents: 39000n, billCents: 39000n, exact: true });
    expect(allocated.view.objectTotals.get('orders')).toBe(24000n + 6000n);
    expect(allocated.view.teams.map((t) => [t.team, t.amountCents])).toEqual([['shop', 30000n], ['Unallocated', 9000n]]);

    const lines = session.handle({ id: 4, type: 'lines', object: 'clicks' }, () => undefined);
    expect(lines.type === 'lines' && lines.lines.map((l) => [l.pool, l.amountCents])).toEqual([['compute', 6000n], ['ingress', 3000n]]);
    // The worker posts the response: every field must survive a structured clone.
    const posted = structuredClone(lines);
    expect(posted.type === 'lines' && posted.lines[0]).toEqual({
      pool: 'compute',
      topic: 'clicks',
      team: 'Unallocated',
      teamKind: 'unallocated',
      driver: 'bytes_in + bytes_out',
      driverValue: 600n,
      driverScale: 1n,
      weight: 600n,
      totalWeight: 3000n,
      splitCents: 30000n,
      amountCents: 6000n,
      method: 'proportional',
      fallbackTier: 0,
      roundingAdjCents: 0,
      note: 'Pool × driver / Σ driver',
    });
    const csv = session.handle({ id: 5, type: 'export', format: 'csv', extraWarnings: [] }, () => undefined);
    expect(csv.type === 'export' && csv.text.split('\r\n')[1]).toBe('compute,clicks,Unallocated,bytes_in + bytes_out,600,0.2,60,proportional');
    const json = session.handle({ id: 6, type: 'export', format: 'json', extraWarnings: ['bill: a note'] }, () => undefined);
    const exported = json.type === 'export' ? JSON.parse(json.text) : undefined;
    expect(exported.totalCents).toBe(39000);
    expect(exported.warnings).toEqual(['bill: a note', '2 topic(s) have no replication factor; assuming RF 3 for storage and cross-zone estimates']);
  });

  it('reports a located parse error and forgets that input', () => {
    const session = new AttributionSession();
    session.handle({ id: 1, type: 'parse', slot: 'bill', kind: 'bill', text: BILL }, () => undefined);
    expect(session.handle({ id: 2, type: 'parse', slot: 'bill', kind: 'bill', text: 'pool,amount\ncompute,ten\n' }, () => undefined)).toEqual({
      id: 2,
      type: 'error',
      message: 'line 2, column amount: expected an amount such as 1234.56, got "ten"',
    });
    const allocated = session.handle({ id: 3, type: 'allocate', billSlot: 'bill', usageSlots: [], rules: '', policies: DEFAULT_POLICY_STATE }, () => undefined);
    expect(allocated).toEqual({ id: 3, type: 'error', message: 'the bill has not been read' });
  });

  it('reports each regex rule line before running it, then that the regex rules are done, and maps by them', () => {
    const session = new AttributionSession();
    session.handle({ id: 1, type: 'parse', slot: 'bill', kind: 'bill', text: 'pool,amount\negress,100.00\n' }, () => undefined);
    const usage = 'topic,bytes_in,bytes_out,consumers\norders,1,300,billing-svc\nclicks,1,100,\n';
    session.handle({ id: 2, type: 'parse', slot: 'usage', kind: 'usage', text: usage }, () => undefined);
    const reports: SessionProgress[] = [];
    const rules = 'exact:orders => shop\nregex:^(c)licks$ => $1-team\n# a comment\nregex:-svc$ => billing';
    const policies = { ...DEFAULT_POLICY_STATE, egressPayer: 'consumers' as const };
    const allocated = session.handle({ id: 3, type: 'allocate', billSlot: 'bill', usageSlots: [{ slot: 'usage', label: 'Usage' }], rules, policies }, (report) => reports.push(report));
    expect(reports).toEqual([
      { type: 'rule', line: 2 },
      { type: 'rule', line: 4 },
      { type: 'rule', line: undefined },
    ]);
    if (allocated.type !== 'allocated') throw new Error(`expected an allocation, got ${allocated.type}`);
    expect(allocated.view.topics.map((t) => [t.topic, t.team, t.match, t.ruleLine])).toEqual([
      ['orders', 'shop', 'exact', 1],
      ['clicks', 'c-team', 'regex', 2],
    ]);
    // The consumer group billing-svc, mapped by the regex on line 4, pays for what it reads of orders.
    expect(allocated.view.teams.map((t) => t.team)).toContain('billing');
  });
});
