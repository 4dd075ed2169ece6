/**
 * The inputs the model benchmarks run, defined once so every bench (and the before/after
 * comparison against an older revision) measures the same work. Plain data: the models that
 * consume it are passed in, so an older revision's models can take it too.
 */
import type { BillPool, TopicUsage } from '../src/lib/kafka/attribution/model';

/** Deterministic pseudo-random numbers, so every run measures the same input. */
export function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const TEAMS = ['payments', 'search', 'clickstream', 'fraud', 'identity', 'ledger', 'catalog', 'growth'];

/** 10,000 topics of eight teams with every usage driver filled in, and a bill of all nine pools. */
export function allocationWorkload(topicCount = 10_000): { topics: TopicUsage[]; bill: BillPool[]; rulesText: string } {
  const random = generator(42);
  const topics: TopicUsage[] = Array.from({ length: topicCount }, (_, i) => {
    const bytesIn = BigInt(Math.floor(random() * 5e12));
    return {
      topic: `${TEAMS[i % TEAMS.length]}.stream-${i}`,
      bytesIn,
      bytesOut: bytesIn * BigInt(1 + Math.floor(random() * 4)),
      replicatedBytes: BigInt(Math.floor(random() * 2e12)),
      remoteBytes: random() < 0.2 ? BigInt(Math.floor(random() * 8e12)) : 0n,
      partitions: BigInt(1 + Math.floor(random() * 48)),
      replicationFactor: 3n,
      consumerGroups: BigInt(Math.floor(random() * 5)),
    };
  });
  const bill: BillPool[] = [
    { pool: 'compute', amountCents: 920_000n },
    { pool: 'ingress', amountCents: 41_233n },
    { pool: 'egress', amountCents: 26_017n },
    { pool: 'local-storage', amountCents: 144_000n, capacity: 30n * 10n ** 15n },
    { pool: 'tiered-storage', amountCents: 33_001n },
    { pool: 'cross-zone', amountCents: 412_003n },
    { pool: 'partitions', amountCents: 7_777n },
    { pool: 'fixed', amountCents: 150_000n },
    { pool: 'adjustments', amountCents: -75_000n },
  ];
  return { topics, bill, rulesText: 'regex:^([a-z]+)\\. => $1\nexact:payments.stream-0 => ledger' };
}

/** A spread of sizing workloads over every broker type: both failure modes that scale with N, and evaluate mode. */
export function sizingWorkloads<Values extends Record<string, unknown>>(defaults: Values, brokerTypes: readonly { id: string }[]): Values[] {
  return brokerTypes.flatMap((row, index) => [
    { ...defaults, instance: row.id, 'write-peak': 10 + index * 17, fanout: 1 + (index % 4), failure: 'zone' },
    { ...defaults, instance: row.id, 'write-peak': 500, 'local-retention-hours': 12, failure: 'broker', 'count-cpu': true },
    { ...defaults, instance: row.id, brokers: 12, 'fetch-from-follower': true, billing: 'msk' },
  ]);
}
