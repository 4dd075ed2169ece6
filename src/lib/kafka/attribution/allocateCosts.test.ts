import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCosts } from './allocateCosts';
import {
  DEFAULT_POLICIES,
  IDLE_OBJECT,
  NO_USAGE_OBJECT,
  type AttributionInput,
  type AttributionPolicies,
  type AttributionResult,
  type BillPool,
  type TopicUsage,
} from './model';
import { DRIVER_OPTIONS, POOL_IDS, SHARED_DRIVER_IDS, USAGE_POOL_IDS, type DriverChoice, type PoolId } from './pools';
import {
  CHOICE_POLICY_KEYS,
  choiceValues,
  SWITCH_POLICY_KEYS,
  WHOLE_NUMBER_POLICIES,
  WHOLE_NUMBER_POLICY_KEYS,
} from './policyCatalog';
import { parseMappingRules } from './teamMapping';
import { parseTeamQuotas, parseTeamShares } from './teamShares';

/*
 * Scenario A (hand-computed for these tests with exact fractions, then largest remainder):
 *   orders  in 600  out 1800  replicated 900  partitions 12  rf 3  groups 3
 *   clicks  in 300  out 300   replicated 300  partitions 6   rf 3  groups 1
 *   audit   in 0    out 0     replicated 600  partitions 2   rf 3
 *   __consumer_offsets        replicated 60   partitions 50  rf 3
 * Bill: compute 300.00, ingress 90.00, egress 210.00, local storage 180.00, partitions 70.00,
 *       fixed 100.00, adjustments -50.00  (total 900.00)
 * Rules: prefix orders -> payments, exact clicks -> web; audit is unmapped.
 */
const topicsA: TopicUsage[] = [
  { topic: 'orders', bytesIn: 600n, bytesOut: 1800n, replicatedBytes: 900n, partitions: 12n, replicationFactor: 3n, consumerGroups: 3n },
  { topic: 'clicks', bytesIn: 300n, bytesOut: 300n, replicatedBytes: 300n, partitions: 6n, replicationFactor: 3n, consumerGroups: 1n },
  { topic: 'audit', bytesIn: 0n, bytesOut: 0n, replicatedBytes: 600n, partitions: 2n, replicationFactor: 3n },
  { topic: '__consumer_offsets', replicatedBytes: 60n, partitions: 50n, replicationFactor: 3n },
];
const billA: BillPool[] = [
  { pool: 'compute', amountCents: 30000n },
  { pool: 'ingress', amountCents: 9000n },
  { pool: 'egress', amountCents: 21000n },
  { pool: 'local-storage', amountCents: 18000n },
  { pool: 'partitions', amountCents: 7000n },
  { pool: 'fixed', amountCents: 10000n },
  { pool: 'adjustments', amountCents: -5000n },
];
const rulesA = parseMappingRules('prefix:orders => payments\nexact:clicks => web').rules;

function run(overrides: Partial<AttributionPolicies> = {}, bill: BillPool[] = billA, topics: TopicUsage[] = topicsA): AttributionResult {
  return allocateCosts({ bill, topics, rules: rulesA, policies: { ...DEFAULT_POLICIES, ...overrides } });
}

function cell(result: AttributionResult, topic: string, pool: PoolId): bigint {
  return result.topics.find((t) => t.topic === topic)?.pools[pool] ?? 0n;
}

function team(result: AttributionResult, name: string): bigint | undefined {
  return result.teams.find((t) => t.team === name)?.amountCents;
}

function linesOf(result: AttributionResult, topic: string): bigint {
  return result.lines.filter((line) => line.topic === topic).reduce((sum, line) => sum + line.amountCents, 0n);
}

describe('allocateCosts, scenario A with default policies (internal spread)', () => {
  const result = run();

  it('splits each usage pool by its default driver', () => {
    // compute by in+out: 2400 : 600 of 3000
    expect([cell(result, 'orders', 'compute'), cell(result, 'clicks', 'compute')]).toEqual([24000n, 6000n]);
    // ingress by bytes in 600 : 300; egress by bytes out 1800 : 300
    expect([cell(result, 'orders', 'ingress'), cell(result, 'clicks', 'ingress')]).toEqual([6000n, 3000n]);
    expect([cell(result, 'orders', 'egress'), cell(result, 'clicks', 'egress')]).toEqual([18000n, 3000n]);
    // storage by replicated bytes 900 : 300 : 600, __consumer_offsets left out (spread)
    expect(['orders', 'clicks', 'audit', '__consumer_offsets'].map((t) => cell(result, t, 'local-storage'))).toEqual([9000n, 3000n, 6000n, 0n]);
    // partitions 12 : 6 : 2 of 20
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'partitions'))).toEqual([4200n, 2100n, 700n]);
  });

  it('splits fixed costs by allocated cost and the credit by pre-adjustment totals', () => {
    // fixed 10000 by 61200 : 17100 : 6700 → 7200, 2011.76, 788.24 → the leftover cent to clicks
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'fixed'))).toEqual([7200n, 2012n, 788n]);
    // credit -5000 by 68400 : 19112 : 7488 → -3600, -1005.89, -394.11 → the leftover cent to clicks
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'adjustments'))).toEqual([-3600n, -1006n, -394n]);
  });

  it('rolls topics up to teams without re-rounding, unmapped topics shown as Unallocated', () => {
    expect(result.totalCents).toBe(90000n);
    expect(team(result, 'payments')).toBe(64800n);
    expect(team(result, 'web')).toBe(18106n);
    expect(team(result, 'Unallocated')).toBe(7094n);
    expect(result.teams.find((t) => t.team === 'Unallocated')?.kind).toBe('unallocated');
    expect(result.topics.find((t) => t.topic === 'orders')).toMatchObject({ match: 'prefix', ruleLine: 1 });
  });

  it('keeps every line traceable to its driver and share', () => {
    const line = result.lines.find((l) => l.topic === 'orders' && l.pool === 'local-storage')!;
    expect(line).toMatchObject({ driver: 'replicated_bytes', driverValue: 900n, weight: 900n, totalWeight: 1800n, splitCents: 18000n, method: 'proportional', fallbackTier: 0 });
  });
});

describe('internal topic policies', () => {
  it('platform: __consumer_offsets is charged like a topic and lands on Platform', () => {
    const result = run({ internal: 'platform' });
    // storage 18000 by 900:300:600:60 of 1860 → 8709.68, 2903.23, 5806.45, 580.65: 2 cents left → orders, __consumer_offsets
    expect(['orders', 'clicks', 'audit', '__consumer_offsets'].map((t) => cell(result, t, 'local-storage'))).toEqual([8710n, 2903n, 5806n, 581n]);
    // partitions 7000 by 12:6:2:50 of 70
    expect(['orders', 'clicks', 'audit', '__consumer_offsets'].map((t) => cell(result, t, 'partitions'))).toEqual([1200n, 600n, 200n, 5000n]);
    expect(result.topics.find((t) => t.topic === '__consumer_offsets')).toMatchObject({ team: 'Platform', teamKind: 'platform', internal: true });
  });

  it('proxy: __consumer_offsets passes its cost on by consumer groups', () => {
    const result = run({ internal: 'proxy' });
    // its 5000 partition cents go 3:1 to orders and clicks by consumer groups
    expect(['orders', 'clicks', 'audit', '__consumer_offsets'].map((t) => cell(result, t, 'partitions'))).toEqual([4950n, 1850n, 200n, 0n]);
    const proxied = result.lines.filter((l) => l.method === 'internal-proxy' && l.pool === 'partitions');
    // Lines come in topic-name order, whatever the order of the usage rows.
    expect(proxied.map((l) => [l.topic, l.amountCents])).toEqual([['clicks', 1250n], ['orders', 3750n]]);
    expect(proxied[0]!.driver).toBe('consumer_groups (proxy for __consumer_offsets)');
  });
});

describe('idle capacity', () => {
  const withCapacity = billA.map((row) => (row.pool === 'local-storage' ? { ...row, capacity: 3600n } : row));

  it('separate: storage use 1860 of 3600 leaves 8700 cents idle on their own line', () => {
    const result = run({}, withCapacity);
    // idle = 18000 × (3600 − 1860) / 3600 = 8700; the used 9300 splits 900:300:600
    expect(result.lines.find((l) => l.topic === IDLE_OBJECT)?.amountCents).toBe(8700n);
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'local-storage'))).toEqual([4650n, 1550n, 3100n]);
    expect(result.teams.find((t) => t.team === 'Idle')?.kind).toBe('idle');
    expect(result.pools.find((p) => p.pool === 'local-storage')).toMatchObject({ idleCents: 8700n, utilisation: '0.516667' });
    expect(result.totalCents).toBe(90000n);
  });

  it('share: topics share the whole pool and there is no idle line', () => {
    const result = run({ idle: 'share' }, withCapacity);
    expect(result.lines.some((l) => l.topic === IDLE_OBJECT)).toBe(false);
    expect(cell(result, 'orders', 'local-storage')).toBe(9000n);
  });

  it('platform: the idle line is charged to Platform', () => {
    const result = run({ idle: 'platform' }, withCapacity);
    expect(result.lines.find((l) => l.topic === IDLE_OBJECT)).toMatchObject({ team: 'Platform', amountCents: 8700n });
  });
});

describe('cross-zone estimate', () => {
  const bill: BillPool[] = [{ pool: 'cross-zone', amountCents: 3800n }];
  const zoneCell = (overrides: Partial<AttributionPolicies>) => {
    const result = run(overrides, bill);
    return ['orders', 'clicks'].map((t) => cell(result, t, 'cross-zone'));
  };

  it('self-managed, 3 zones: orders 600·2/3 + 600·2 + 1800·2/3 = 2800, clicks 1000', () => {
    expect(zoneCell({})).toEqual([2800n, 1000n]);
    const line = run({}, bill).lines.find((l) => l.topic === 'orders')!;
    expect(line.driverValue / line.driverScale).toBe(2800n);
  });

  it('MSK (replication free): 1600 and 400 of 2000', () => {
    expect(zoneCell({ billing: 'msk' })).toEqual([3040n, 760n]);
  });

  it('MSK with fetch-from-follower: producers only, 400 and 200', () => {
    // 3800 × 400/600 = 2533.33, 3800 × 200/600 = 1266.67 → the cent to clicks
    expect(zoneCell({ billing: 'msk', fetchFromFollower: true })).toEqual([2533n, 1267n]);
  });

  // The same placement as the sizing model (Kafka's StripedReplicaPlacer): RF − ceil(RF/Z) followers
  // outside the leader's zone; with fetch-from-follower only consumers in a zone without a replica cross.
  const placed = (rf: bigint): TopicUsage[] => [
    { topic: 'orders', bytesIn: 600n, bytesOut: 1800n, replicationFactor: rf },
    { topic: 'clicks', bytesIn: 300n, bytesOut: 300n, replicationFactor: 3n },
  ];

  it('RF 2 of 3 zones with fetch-from-follower: the consumers in the zone without a replica still cross', () => {
    // orders: 600·2 + 600·1·3 + 1800·(3 − 2) = 4800 → 1600; clicks (RF 3, every zone has a replica): 300·2 + 300·2·3 = 2400 → 800
    const result = run({ fetchFromFollower: true }, bill, placed(2n));
    const line = result.lines.find((l) => l.topic === 'orders')!;
    expect(line.driverValue / line.driverScale).toBe(1600n);
    // 3800 × 1600/2400 = 2533.33, 3800 × 800/2400 = 1266.67
    expect(['orders', 'clicks'].map((t) => cell(result, t, 'cross-zone'))).toEqual([2533n, 1267n]);
  });

  it('RF 4 over 3 zones: the extra replica shares the leader\'s zone, so 2 followers cross, not 3', () => {
    // orders: 600·2 + 600·2·3 + 1800·2 = 8400 → 2800; clicks: 300·2 + 300·2·3 + 300·2 = 3000 → 1000
    const result = run({}, bill, placed(4n));
    const line = result.lines.find((l) => l.topic === 'orders')!;
    expect(line.driverValue).toBe(8400n);
    expect(['orders', 'clicks'].map((t) => cell(result, t, 'cross-zone'))).toEqual([2800n, 1000n]);
    expect(result.warnings).toContain(
      "1 topic(s) have a replication factor above the 3 zones: their extra replicas share a zone (Kafka's striped placement puts the next one in the preferred leader's zone), so the cross-zone estimate counts RF − ceil(RF / 3) followers crossing, not RF − 1",
    );
    expect(run({}, bill, placed(3n)).warnings.some((w) => w.includes('above the 3 zones'))).toBe(false);
  });

  it('one zone: nothing crosses, so the pool falls back to throughput and says so', () => {
    const result = run({ zones: 1 }, bill);
    // throughput 2400 : 600
    expect(['orders', 'clicks'].map((t) => cell(result, t, 'cross-zone'))).toEqual([3040n, 760n]);
    expect(result.pools[0]!.fallbackTier).toBe(1);
  });
});

describe('fallbacks for a pool with no usage', () => {
  it('tier 1: tiered storage with no remote bytes uses replicated bytes, flagged', () => {
    const result = run({}, [{ pool: 'tiered-storage', amountCents: 1000n }]);
    // 1000 by 900:300:600 → 500, 166.67, 333.33 → the cent to clicks
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'tiered-storage'))).toEqual([500n, 167n, 333n]);
    expect(result.lines.every((l) => l.fallbackTier === 1)).toBe(true);
    expect(result.warnings.join('\n')).toMatch(/Tiered storage: no topic has any remote_bytes/);
  });

  it('tier 2: nobody has any driver, so the pool is split evenly', () => {
    const topics: TopicUsage[] = [{ topic: 'a' }, { topic: 'b' }, { topic: 'c' }];
    const result = run({}, [{ pool: 'ingress', amountCents: 100n }], topics);
    expect(['a', 'b', 'c'].map((t) => cell(result, t, 'ingress'))).toEqual([34n, 33n, 33n]);
    expect(result.pools[0]!.fallbackTier).toBe(2);
  });

  it('tier 3: no topics at all, so the bill is one Unallocated (no usage data) line', () => {
    const result = run({}, billA, []);
    expect(result.lines.every((l) => l.topic === NO_USAGE_OBJECT)).toBe(true);
    expect(result.pools.filter((p) => p.fallbackTier === 3).map((p) => p.pool)).toEqual(['compute', 'ingress', 'egress', 'local-storage', 'partitions']);
    expect(result.totalCents).toBe(90000n);
    expect(team(result, 'Unallocated')).toBe(90000n);
  });
});

describe('unallocated policies', () => {
  it('redistribute: audit’s cost moves pool by pool to mapped topics', () => {
    const result = run({ unallocated: 'redistribute' });
    // storage 6000 → 9000:3000; partitions 700 → 4200:2100 (466.67/233.33); fixed 788 → 7200:2012
    // (615.89/172.11); credit -394 → 3600:1006 (-307.95/-86.05)
    expect(team(result, 'payments')).toBe(64800n + 4500n + 467n + 616n - 308n);
    expect(team(result, 'web')).toBe(18106n + 1500n + 233n + 172n - 86n);
    expect(linesOf(result, 'audit')).toBe(0n);
    expect(team(result, 'Unallocated')).toBe(0n);
  });

  it('platform: unmapped topics are charged to Platform', () => {
    const result = run({ unallocated: 'platform' });
    expect(result.topics.find((t) => t.topic === 'audit')?.team).toBe('Platform');
    expect(team(result, 'Platform')).toBe(7094n);
  });
});

describe('alternative drivers', () => {
  it('compute 70% throughput / 30% even over three topics', () => {
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, compute: 'throughput-70-even-30' } }, [{ pool: 'compute', amountCents: 30000n }]);
    // orders 0.7·0.8 + 0.1 = 0.66, clicks 0.7·0.2 + 0.1 = 0.24, audit 0.1
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'compute'))).toEqual([19800n, 7200n, 3000n]);
  });

  it('local storage by window max: a shrinking topic pays for its peak, and without a peak the bytes stand in', () => {
    const topics: TopicUsage[] = [
      { topic: 'shrinking', replicatedBytes: 100n, replicatedBytesMax: 300n },
      { topic: 'steady', replicatedBytes: 100n },
    ];
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, 'local-storage': 'replicated-bytes-max' } }, [{ pool: 'local-storage', amountCents: 4000n }], topics);
    expect(['shrinking', 'steady'].map((t) => cell(result, t, 'local-storage'))).toEqual([3000n, 1000n]);
  });

  it('egress by consumer groups counts named groups when no count is given', () => {
    const topics: TopicUsage[] = [
      { topic: 'orders', consumers: ['billing-svc', 'search-indexer', 'audit-export'] },
      { topic: 'clicks', consumerGroups: 1n, consumers: ['web-analytics', 'ignored-when-counted'] },
    ];
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, egress: 'consumer-groups' } }, [{ pool: 'egress', amountCents: 400n }], topics);
    expect(['orders', 'clicks'].map((t) => cell(result, t, 'egress'))).toEqual([300n, 100n]);
  });

  it('ingress by records in, for record-priced setups', () => {
    const topics: TopicUsage[] = [
      { topic: 'orders', bytesIn: 100n, recordsIn: 3000n },
      { topic: 'clicks', bytesIn: 900n, recordsIn: 1000n },
    ];
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, ingress: 'records-in' } }, [{ pool: 'ingress', amountCents: 10000n }], topics);
    expect(['orders', 'clicks'].map((t) => cell(result, t, 'ingress'))).toEqual([7500n, 2500n]);
    expect(result.lines[0]).toMatchObject({ driver: 'records_in', driverValue: 1000n });
  });

  it('partitions by partition-hours, so a topic created mid-period pays for the hours it existed', () => {
    // 12 partitions all month (730 h) against 24 partitions for the last 10 days (240 h)
    const topics: TopicUsage[] = [
      { topic: 'old', partitions: 12n, partitionHours: 8760n },
      { topic: 'new', partitions: 24n, partitionHours: 5760n },
    ];
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, partitions: 'partition-hours' } }, [{ pool: 'partitions', amountCents: 14520n }], topics);
    // 14520 × 8760 / 14520 = 8760, 14520 × 5760 / 14520 = 5760
    expect(['old', 'new'].map((t) => cell(result, t, 'partitions'))).toEqual([8760n, 5760n]);
  });

  it('compute by reserved quota per team (Lenses: 10, 6 and 4 MB/s of 20 are 50%, 30%, 20%), then by throughput inside a team', () => {
    const teamQuotas = parseTeamQuotas('payments = 10 MB/s\nweb = 6 MB/s\nanalytics = 4 MB/s').weights;
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, compute: 'reserved-quota' }, teamQuotas }, [{ pool: 'compute', amountCents: 30000n }]);
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'compute'))).toEqual([15000n, 9000n, 0n]);
    expect(result.lines.find((l) => l.team === 'analytics')).toMatchObject({
      topic: '(compute reserved for analytics)',
      amountCents: 6000n,
      method: 'reserved-quota',
      note: "analytics's reserved quota, 4 of 20, of the pool; analytics has no topic, so it stays on one line",
    });
    expect(result.warnings).toContain('Compute / capacity: 1 team(s) with topics have no reserved quota and pay none of this pool (Unallocated)');
  });

  it('compute by reserved quota without any quotas falls back to throughput and says so', () => {
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, compute: 'reserved-quota' } }, [{ pool: 'compute', amountCents: 30000n }]);
    expect(['orders', 'clicks'].map((t) => cell(result, t, 'compute'))).toEqual([24000n, 6000n]);
    expect(result.pools[0]?.fallbackTier).toBe(1);
    expect(result.warnings).toEqual(['Compute / capacity: no team has a reserved quota, so the pool is split by bytes_in + bytes_out instead']);
  });

  it('compute half by throughput share, half by replicated-storage share', () => {
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, compute: 'throughput-50-storage-50' } }, [{ pool: 'compute', amountCents: 30000n }]);
    // throughput 2400:600:0 of 3000, storage 900:300:600 of 1800 → orders ½·0.8 + ½·0.5 = 0.65,
    // clicks ½·0.2 + ½·⅙ = 0.18333…, audit ½·⅓ = 0.16666…
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'compute'))).toEqual([19500n, 5500n, 5000n]);
    const noStorage = run({ drivers: { ...DEFAULT_POLICIES.drivers, compute: 'throughput-50-storage-50' } }, [{ pool: 'compute', amountCents: 30000n }], [
      { topic: 'orders', bytesIn: 600n, bytesOut: 1800n },
      { topic: 'clicks', bytesIn: 300n, bytesOut: 300n },
    ]);
    expect(['orders', 'clicks'].map((t) => cell(noStorage, t, 'compute'))).toEqual([24000n, 6000n]);
    expect(noStorage.warnings).toContain('Compute / capacity: no topic has any replicated bytes, so the storage half follows throughput too');
  });

  it('local storage from logical bytes × RF when only logical bytes are known', () => {
    const topics: TopicUsage[] = [
      { topic: 'a', retainedBytes: 100n, replicationFactor: 3n },
      { topic: 'b', retainedBytes: 100n, replicationFactor: 1n },
    ];
    const result = run({}, [{ pool: 'local-storage', amountCents: 400n }], topics);
    expect(['a', 'b'].map((t) => cell(result, t, 'local-storage'))).toEqual([300n, 100n]);
  });

  it('fixed costs even per team: three teams get 3333.33 each, the leftover cent to the first name', () => {
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, fixed: 'even-team' } });
    // Teams Unallocated (audit), payments (orders), web (clicks); "U" sorts before lower case.
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'fixed'))).toEqual([3333n, 3333n, 3334n]);
    expect(result.lines.find((l) => l.pool === 'fixed' && l.topic === 'orders')?.method).toBe('even-team');
  });

  it('fixed costs even per team split inside a team by allocated cost', () => {
    const rules = parseMappingRules('regex:^(orders|clicks)$ => shop\nexact:audit => audit').rules;
    const result = allocateCosts({ bill: billA, topics: topicsA, rules, policies: { ...DEFAULT_POLICIES, drivers: { ...DEFAULT_POLICIES.drivers, fixed: 'even-team' } } });
    // shop gets 5000, split 61200 : 17100 → 3908.05, 1091.95 → the cent to clicks; audit gets 5000
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'fixed'))).toEqual([3908n, 1092n, 5000n]);
  });

  it('fixed costs by a fixed % per team: 60/25/15, a team without topics keeps its share on its own line', () => {
    const teamShares = parseTeamShares('payments = 60\nweb = 25%\nfinance = 15').weights;
    const drivers = { ...DEFAULT_POLICIES.drivers, fixed: 'team-percent', adjustments: 'team-percent' } as const;
    const result = run({ drivers, teamShares });
    // fixed 100.00: payments 60.00 (all on orders), web 25.00 (clicks), finance 15.00; adjustments -50.00 the same way
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'fixed'))).toEqual([6000n, 2500n, 0n]);
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'adjustments'))).toEqual([-3000n, -1250n, 0n]);
    expect(result.lines.find((l) => l.pool === 'fixed' && l.team === 'finance')).toMatchObject({
      topic: '(shared overhead for finance)',
      amountCents: 1500n,
      method: 'team-percent',
      note: "finance's fixed 15% of the pool; finance has no topic, so it stays on one line",
    });
    expect(team(result, 'finance')).toBe(1500n - 750n);
    expect(result.lines.reduce((sum, l) => sum + l.amountCents, 0n)).toBe(90000n);
  });

  it('fixed % per team rounds by largest remainder: 33.33/33.33/33.34 of one dollar', () => {
    const teamShares = parseTeamShares('payments = 33.33\nweb = 33.33\naudit-team = 33.34').weights;
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, fixed: 'team-percent' }, teamShares }, [{ pool: 'fixed', amountCents: 100n }]);
    expect([team(result, 'payments'), team(result, 'web'), team(result, 'audit-team')]).toEqual([33n, 33n, 34n]);
  });

  it('fixed % per team without any shares falls back to even per team and says so', () => {
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, fixed: 'team-percent' } });
    expect(['orders', 'clicks', 'audit'].map((t) => cell(result, t, 'fixed'))).toEqual([3333n, 3333n, 3334n]);
    expect(result.pools.find((p) => p.pool === 'fixed')?.fallbackTier).toBe(1);
    expect(result.warnings).toContain('Fixed / shared: no team has a fixed share, so the pool is split evenly per team instead');
  });

  it('refuses team shares that do not add up to 100%', () => {
    const teamShares = [{ team: 'a', weight: 5000n, line: 1 }];
    expect(() => run({ teamShares })).toThrow('team shares must be positive and add up to 100%, got 50%');
  });

  describe('consumer-pays egress', () => {
    const topics: TopicUsage[] = [
      { topic: 'orders', bytesOut: 1800n, consumers: ['billing-svc', 'payments-audit', 'search-indexer'] },
      { topic: 'clicks', bytesOut: 300n, consumers: ['web-analytics'] },
    ];
    const rules = parseMappingRules('prefix:orders => payments\nexact:clicks => web\nexact:billing-svc => billing\nexact:search-indexer => search\nexact:payments-audit => payments').rules;
    const egressOnly: BillPool[] = [{ pool: 'egress', amountCents: 21000n }];
    const allocate = (overrides: Partial<AttributionPolicies>, bill = egressOnly) => allocateCosts({ bill, topics, rules, policies: { ...DEFAULT_POLICIES, ...overrides } });

    it('moves the shares of other teams\' consumer groups to them; own-team and unmapped groups stay with the owner', () => {
      // egress by bytes out: orders 18000, clicks 3000. orders has 3 groups: billing and search pay a third each,
      // payments-audit is the owner's own team; clicks' only group maps to no team.
      const result = allocate({ egressPayer: 'consumers' });
      expect(result.lines.map((l) => [l.topic, l.team, l.amountCents, l.method])).toEqual([
        ['clicks', 'web', 3000n, 'proportional'],
        ['orders', 'payments', 18000n, 'proportional'],
        ['orders', 'payments', -12000n, 'consumer-pays'],
        ['orders (read by billing-svc)', 'billing', 6000n, 'consumer-pays'],
        ['orders (read by search-indexer)', 'search', 6000n, 'consumer-pays'],
      ]);
      expect(result.teams.map((t) => [t.team, t.amountCents])).toEqual([
        ['billing', 6000n],
        ['payments', 6000n],
        ['search', 6000n],
        ['web', 3000n],
      ]);
      expect(cell(result, 'orders', 'egress')).toBe(6000n);
      expect(result.warnings).toContain('Egress: no rule maps 1 consumer group(s) (web-analytics) to a team, so the topics\' owners keep their shares');
    });

    it('blends: the owner keeps 40%, the groups share the other 60% equally', () => {
      const result = allocate({ egressPayer: 'blend', egressOwnerPercent: 40 });
      // orders 18000: owner 40% = 7200, each group 20% = 3600; payments-audit's 3600 stays with the owner
      expect([team(result, 'payments'), team(result, 'billing'), team(result, 'search')]).toEqual([10800n, 3600n, 3600n]);
      expect(result.lines.find((l) => l.topic === 'orders (read by billing-svc)')?.note).toBe(
        "Consumer pays: this group's share of the egress of orders (the owner keeps 40%, then 1 of 3 groups)",
      );
    });

    it('rounds each topic\'s move by largest remainder, ties to the first group by name, and keeps credits exact', () => {
      const three: TopicUsage[] = [{ topic: 'orders', bytesOut: 1n, consumers: ['c', 'a', 'b'] }];
      const mapAll = parseMappingRules('exact:a => ta\nexact:b => tb\nexact:c => tc').rules;
      const run3 = (amountCents: bigint) =>
        allocateCosts({ bill: [{ pool: 'egress', amountCents }], topics: three, rules: mapAll, policies: { ...DEFAULT_POLICIES, egressPayer: 'consumers' } });
      expect(['ta', 'tb', 'tc'].map((t) => team(run3(100n), t))).toEqual([34n, 33n, 33n]);
      expect(['ta', 'tb', 'tc'].map((t) => team(run3(-100n), t))).toEqual([-34n, -33n, -33n]);
      expect(cell(run3(100n), 'orders', 'egress')).toBe(0n);
    });

    it('warns when topics have egress but no consumer group names, and refuses a share outside 0-100%', () => {
      const result = allocateCosts({ bill: egressOnly, topics: [{ topic: 'orders', bytesOut: 5n }], rules, policies: { ...DEFAULT_POLICIES, egressPayer: 'consumers' } });
      expect(result.warnings).toContain('Egress: 1 topic(s) with egress have no consumer group names (paste kafka-consumer-groups --describe output), so their owners keep it');
      expect(() => allocate({ egressPayer: 'blend', egressOwnerPercent: 101 })).toThrow("the owner's share of egress must be a whole number from 0 to 100 (a percentage), got 101");
    });
  });

  it('fixed costs kept whole on a Platform line', () => {
    const result = run({ drivers: { ...DEFAULT_POLICIES.drivers, fixed: 'platform' } });
    expect(result.lines.find((l) => l.pool === 'fixed')).toMatchObject({ topic: '(shared overhead)', team: 'Platform', amountCents: 10000n });
  });
});

describe('bad input', () => {
  it('rejects duplicate topics and a zone count below 1', () => {
    expect(() => run({}, billA, [{ topic: 'a' }, { topic: 'a' }])).toThrow(/topic a appears twice/);
    expect(() => run({ zones: 0 })).toThrow(/zones must be a whole number/);
    expect(() => run({}, [{ pool: 'compute', amountCents: 2n ** 60n }])).toThrow(/bill: the compute pool \(\d+ cents\) takes the bill beyond what can be reported exactly/);
  });
});

describe('invariants (fast-check)', () => {
  const topicName = fc.stringMatching(/^[a-z][a-z0-9._-]{0,8}$/);
  const amount = fc.bigInt({ min: 0n, max: 10n ** 12n });
  const usage = (topic: string) =>
    fc.record(
      {
        topic: fc.constant(topic),
        bytesIn: amount,
        bytesOut: amount,
        replicatedBytes: amount,
        remoteBytes: amount,
        partitions: fc.bigInt({ min: 0n, max: 1000n }),
        replicationFactor: fc.bigInt({ min: 1n, max: 5n }),
        consumerGroups: fc.bigInt({ min: 0n, max: 20n }),
        consumers: fc.uniqueArray(fc.constantFrom('b-readers', 'd-sink', 'g-unmapped', 'a-app'), { maxLength: 3 }),
      },
      { requiredKeys: ['topic'] },
    );
  const topicsArb = fc
    .uniqueArray(fc.oneof(topicName, fc.constant('__consumer_offsets')), { minLength: 0, maxLength: 12 })
    .chain((names) => fc.tuple(...names.map(usage)));
  const billArb = fc.array(
    fc.record(
      {
        pool: fc.constantFrom(...POOL_IDS),
        amountCents: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        capacity: fc.bigInt({ min: 1n, max: 10n ** 13n }),
      },
      { requiredKeys: ['pool', 'amountCents'] },
    ),
    { maxLength: 12 },
  );
  // Every policy value the catalog lists, so a new value is exercised here without editing this test.
  const catalogArbs: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries([
    ...CHOICE_POLICY_KEYS.map((key) => [key, fc.constantFrom(...choiceValues(key))]),
    ...WHOLE_NUMBER_POLICY_KEYS.map((key) => [key, fc.integer({ min: WHOLE_NUMBER_POLICIES[key].min, max: WHOLE_NUMBER_POLICIES[key].max })]),
    ...SWITCH_POLICY_KEYS.map((key) => [key, fc.boolean()]),
  ]);
  const driversArb = fc.record(
    Object.fromEntries([
      ...USAGE_POOL_IDS.map((pool) => [pool, fc.constantFrom(...DRIVER_OPTIONS[pool])]),
      ...(['fixed', 'adjustments'] as const).map((pool) => [pool, fc.constantFrom(...SHARED_DRIVER_IDS)]),
    ]) as { [Pool in keyof DriverChoice]: fc.Arbitrary<DriverChoice[Pool]> },
  );
  const policiesArb: fc.Arbitrary<Partial<AttributionPolicies> & { drivers: DriverChoice }> = fc.record({
    ...catalogArbs,
    teamQuotas: fc.constantFrom([], parseTeamQuotas('team-a = 3\ndelta = 0.5\nnobody = 7').weights),
    teamShares: fc.constantFrom([], parseTeamShares('team-a = 50\ndelta = 33.33\nnobody = 16.67').weights),
    drivers: driversArb,
  });
  const rules = parseMappingRules('regex:^([a-c])[a-z0-9]* => team-$1\nprefix:d => delta').rules;
  const input = fc.record({ topics: topicsArb, bill: billArb, policies: policiesArb });
  const build = (i: { topics: TopicUsage[]; bill: BillPool[]; policies: Partial<AttributionPolicies> }): AttributionInput => ({
    topics: i.topics,
    bill: i.bill,
    rules,
    policies: { ...DEFAULT_POLICIES, ...i.policies },
  });
  const billTotal = (bill: BillPool[]) => bill.reduce((sum, row) => sum + row.amountCents, 0n);

  it('lines sum to the bill, each pool to itself, and teams to their members', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = allocateCosts(build(i));
        expect(result.lines.reduce((sum, l) => sum + l.amountCents, 0n)).toBe(billTotal(i.bill));
        expect(result.totalCents).toBe(billTotal(i.bill));
        for (const pool of POOL_IDS) {
          const billed = i.bill.filter((row) => row.pool === pool).reduce((sum, row) => sum + row.amountCents, 0n);
          expect(result.lines.filter((l) => l.pool === pool).reduce((sum, l) => sum + l.amountCents, 0n)).toBe(billed);
        }
        for (const t of result.teams) {
          expect(result.lines.filter((l) => l.team === t.team).reduce((sum, l) => sum + l.amountCents, 0n)).toBe(t.amountCents);
        }
        for (const t of result.topics) expect(linesOf(result, t.topic)).toBe(t.amountCents);
      }),
      { numRuns: 200 },
    );
  });

  it('the order of topic rows changes nothing', () => {
    fc.assert(
      fc.property(input, (i) => {
        const forward = allocateCosts(build(i));
        const reversed = allocateCosts(build({ ...i, topics: [...i.topics].reverse() }));
        const byTopic = (r: AttributionResult) => new Map(r.topics.map((t) => [t.topic, t.pools]));
        expect(byTopic(reversed)).toEqual(byTopic(forward));
      }),
      { numRuns: 100 },
    );
  });

  it('scaling every topic’s bytes in and out by the same factor changes nothing', () => {
    fc.assert(
      fc.property(input, fc.bigInt({ min: 2n, max: 1000n }), (i, factor) => {
        const scaled = i.topics.map((t) => ({
          ...t,
          ...(t.bytesIn !== undefined ? { bytesIn: t.bytesIn * factor } : {}),
          ...(t.bytesOut !== undefined ? { bytesOut: t.bytesOut * factor } : {}),
        }));
        // No capacities: a capacity is in absolute units, so scaling usage rightly changes idle.
        const bill = i.bill.map(({ pool, amountCents }) => ({ pool, amountCents }));
        const a = allocateCosts(build({ ...i, bill }));
        const b = allocateCosts(build({ ...i, bill, topics: scaled }));
        expect(b.topics.map((t) => t.pools)).toEqual(a.topics.map((t) => t.pools));
      }),
      { numRuns: 100 },
    );
  });

  it('a topic with zero bytes in gets nothing from ingress unless a flagged fallback fired', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = allocateCosts(build(i));
        const ingress = result.pools.find((p) => p.pool === 'ingress');
        if (!ingress || ingress.fallbackTier > 0 || i.policies.drivers.ingress !== 'bytes-in') return;
        for (const t of i.topics) {
          if ((t.bytesIn ?? 0n) > 0n) continue;
          const direct = result.lines.filter((l) => l.pool === 'ingress' && l.topic === t.topic && l.method === 'proportional');
          expect(direct).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
