/**
 * Ties the Kafka posts to the calculators' models: every worked example's
 * inputs go through the model, and each number the post prints is checked
 * against it. The expected values were worked out by hand (the arithmetic is
 * in the posts); the test also checks that the post really prints them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeQuery } from '../../src/lib/inputs/queryString';
import { parseRawValues } from '../../src/lib/inputs/validateFields';
import { evaluateCluster, sizeCluster, type SizingResult } from '../../src/lib/kafka/sizing/sizeCluster';
import { sizingSpec } from '../../src/lib/kafka/sizing/sizingFields';
import { allocateCosts } from '../../src/lib/kafka/attribution/allocateCosts';
import { crossZoneBytesTimesZones, resolveUsage } from '../../src/lib/kafka/attribution/drivers';
import { DEFAULT_DRIVERS } from '../../src/lib/kafka/attribution/pools';
import { splitCents } from '../../src/lib/kafka/attribution/largestRemainder';
import { parseMappingRules } from '../../src/lib/kafka/attribution/teamMapping';
import { parseBillCsv } from '../../src/lib/kafka/parsers/billCsv';
import { parseUsageCsv } from '../../src/lib/kafka/parsers/usageCsv';
import { DEFAULT_POLICIES, type AttributionPolicies, type AttributionResult, type BillPool, type TopicUsage } from '../../src/lib/kafka/attribution/model';

function readPost(slug: string): string {
  return readFileSync(new URL(`../../content/posts/${slug}.mdx`, import.meta.url), 'utf8');
}

const sizingPost = readPost('kafka-sizing-without-hand-waving');
const attributionPost = readPost('which-topic-is-costing-us');
const crossAzPost = readPost('the-cross-az-line-on-your-kafka-bill');

/** The post says the phrase, wherever its lines happen to wrap. */
function expectSays(post: string, phrase: string): void {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  expect(flat(post)).toContain(flat(phrase));
}

/** 1234567.891 → "1,234,567.89" (the posts' number format). */
function grouped(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** MB/s as the cross-AZ tables print them: whole numbers bare, others to two decimals. */
function mbps(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2);
}

function usd(value: number): string {
  return `$${grouped(value, 2)}`;
}

function centsToUsd(cents: bigint): string {
  return usd(Number(cents) / 100);
}

/** The post's worked sizing example (post 1), as calculator inputs. */
const sizingExample: Record<string, string> = {
  'write-peak': '180',
  'write-avg': '70',
  fanout: '3',
  lagging: '1',
  partitions: '1500',
  rf: '3',
  'min-isr': '2',
  zones: '3',
  failure: 'zone',
  'retention-hours': '24',
  utilization: '0.8',
  'disk-utilization': '0.8',
  fill: '0.7',
  instance: 'm7g.2xlarge',
  billing: 'self-managed',
};

function size(overrides: Record<string, string> = {}): SizingResult {
  const { values, errors } = parseRawValues(sizingSpec, { ...sizingExample, ...overrides });
  expect(errors).toEqual([]);
  return sizeCluster(values);
}

describe('post 1: Kafka sizing without the hand-waving', () => {
  const result = size();

  it('uses the broker figures the post states', () => {
    const broker = result.brokerType;
    expect(broker.networkInMBps).toBeCloseTo(468.75, 6);
    expect(broker.networkOutMBps).toBeCloseTo(468.75, 6);
    expect(broker.diskMBps).toBeCloseTo(312.5, 6);
    // One gp3 volume: 64 TiB since September 2025 = 65,536 GiB = 70,368.74 GB.
    expect(broker.maxStorageGB).toBeCloseTo(70_368.74, 2);
    expect(broker.maxPartitions).toBe(2000);
    expect(broker.vcpu).toBe(8);
    expect(broker.priceHour).toBe(0.3264);
    for (const figure of ['468.75 MB/s', '312.5 MB/s', '70,368.74 GB', '$0.3264', '2,000', '64 TiB, 2,000 MiB/s and 80,000 IOPS']) {
      expectSays(sizingPost, figure);
    }
  });

  it('gives each constraint the broker count the worked example prints', () => {
    const c = result.constraints;
    // 1.5 × 180 × 3 / 375
    expect(c.networkIn.brokersNeeded).toBeCloseTo(2.16, 9);
    expect(c.networkIn.brokersRounded).toBe(3);
    // 1.5 × 180 × 5 / 375
    expect(c.networkOut.brokersNeeded).toBeCloseTo(3.6, 9);
    expect(c.networkOut.brokersRounded).toBe(4);
    // 1.5 × 180 × 4 / 250
    expect(c.disk.brokersNeeded).toBeCloseTo(4.32, 9);
    expect(c.disk.brokersRounded).toBe(5);
    // (18,144 + 2,478.9) / 49,258.12
    expect(c.storage.brokersNeeded).toBeCloseTo(0.41867, 5);
    expect(c.storage.brokersRounded).toBe(1);
    // 4,500 / 2,000
    expect(c.partitions.brokersNeeded).toBeCloseTo(2.25, 9);
    expect(c.partitions.brokersRounded).toBe(3);
    expect(c.minimum.brokersRounded).toBe(3);
    for (const row of [
      '| Network in | 1.5 × 180 × 3 / 375 = 810 / 375 | 2.16 | 3 |',
      '| Network out | 1.5 × 180 × (3 + 3 − 1) / 375 = 1,350 / 375 | 3.60 | 4 |',
      '| Disk throughput | 1.5 × 180 × (3 + 1) / 250 = 1,080 / 250 | 4.32 | **5** |',
      '| Storage | 20,622.9 / 49,258.12 | 0.42 | 1 |',
      '| Partitions | 1,500 × 3 / 2,000 = 4,500 / 2,000 | 2.25 | 3 |',
      '| Minimum | max(3, RF) | 3 | 3 |',
    ]) {
      expectSays(sizingPost, row);
    }
  });

  it('recommends 6 brokers, bound by disk throughput and rounded up for 3 zones', () => {
    expect(result.binding).toBe('disk');
    expect(result.brokers).toBe(6);
    expect(result.bindingReason).toContain('Rounded up to 6');
    expectSays(sizingPost, 'answer is **6**, one of them added by rounding');
  });

  it('prints the storage the model holds: data, overhead, per broker, provisioned, retention', () => {
    expect(result.storage.clusterGB).toBeCloseTo(18_144, 6);
    expect(result.storage.overheadGB).toBeCloseTo(2_478.9, 1);
    expect(result.storage.clusterGB + result.storage.overheadGB).toBeCloseTo(20_622.9, 1);
    expect(result.perBroker.storageGB).toBeCloseTo(3_437.2, 1);
    expect(result.storage.provisionedPerBrokerGB).toBeCloseTo(4_910.2, 1);
    // (6 × 49,258.12 − 2,478.9) / 756 GB per hour
    expect(result.storage.maxLocalRetentionHours).toBeCloseTo(387.66, 2);
    for (const figure of [
      '18,144 GB',
      '2,415.9 GB',
      '63 GB',
      '20,622.9 GB',
      '20,622.9 / 6 = 3,437.2 GB',
      '3,437.2 / 0.7 = 4,910.2 GB',
      '= 387.7$$',
      '0.7 \\times 70{,}368.74 = 49{,}258.12',
    ]) {
      expectSays(sizingPost, figure);
    }
  });

  it('matches the per-broker load and utilization the post walks through', () => {
    expect(result.perBroker.networkInMBps).toBeCloseTo(90, 9);
    expect(result.perBroker.networkOutMBps).toBeCloseTo(150, 9);
    expect(result.perBroker.diskWriteMBps + result.perBroker.diskReadMBps).toBeCloseTo(120, 9);
    expect(result.utilization.failureMultiplier).toBe(1.5);
    expect(result.utilization.normal.networkIn).toBeCloseTo(0.192, 9);
    expect(result.utilization.normal.networkOut).toBeCloseTo(0.32, 9);
    expect(result.utilization.normal.disk).toBeCloseTo(0.384, 9);
    expect(result.utilization.failure.networkIn).toBeCloseTo(0.288, 9);
    expect(result.utilization.failure.networkOut).toBeCloseTo(0.48, 9);
    expect(result.utilization.failure.disk).toBeCloseTo(0.576, 9);
    expectSays(sizingPost, '135, 225 and 180 MB/s, or 29%, 48% and\n58%');
  });

  it('solves for the largest sustainable peak: 250 MB/s, set by the disks', () => {
    expect(result.maxWritePeakByResource.networkIn).toBeCloseTo(500, 9);
    expect(result.maxWritePeakByResource.networkOut).toBeCloseTo(300, 9);
    expect(result.maxWritePeakByResource.disk).toBeCloseTo(250, 9);
    expect(result.maxWritePeakMBps).toBeCloseTo(250, 9);
    expect(result.maxWritePeakResource).toBe('disk');
    expectSays(sizingPost, '\\min(500, 300, 250) = 250');
    // Storage: (6 × 49,258.12 − 2,415.9) / (24 × 3.6 × 3 + 0.9) = 1,127.0 MB/s of average, × 180 / 70.
    expect(result.maxWritePeakByResource.storage).toBeCloseTo(((6 * 49_258.1209243648 - 2_415.919656) / 260.1) * (180 / 70), 3);
    expect(Math.round(result.maxWritePeakByResource.storage ?? 0)).toBe(2898);
    expectSays(sizingPost, 'it\nwould allow 2,898 MB/s');
  });

  it('prices the brokers and the cross-zone transfer as the post does', () => {
    expect(result.cost.monthly.brokers).toBeCloseTo(1_429.632, 6);
    expect(result.crossAz.monthlyGB).toBeCloseTo(858_480, 3);
    expect(result.crossAz.monthlyCost).toBeCloseTo(17_169.6, 6);
    for (const figure of ['$1,429.63', '858,480 GB', '$17,169.60']) expectSays(sizingPost, figure);
  });

  it('shows the CPU heuristic the post quotes: 34.3 vCPU, 51.5 with a zone down, 28.8 usable', () => {
    expect(result.cpu.vcpuNeeded).toBeCloseTo(34.33, 2);
    expect(result.cpu.vcpuNeeded * result.utilization.failureMultiplier).toBeCloseTo(51.5, 1);
    expect(result.cpu.vcpuAvailable * 0.6).toBeCloseTo(28.8, 9);
    expect(result.constraints.cpu.counted).toBe(false);
    for (const figure of ['34.3 vCPU', '51.5', '28.8']) expectSays(sizingPost, figure);
  });

  it('sizing on the average gives three brokers, which cannot carry the peak through a zone failure', () => {
    const onAverage = size({ 'write-peak': '70' });
    expect(onAverage.constraints.disk.brokersNeeded).toBeCloseTo(1.68, 9);
    expect(onAverage.brokers).toBe(3);
    const atPeak = evaluateCluster(parseRawValues(sizingSpec, { ...sizingExample, brokers: '3' }).values, 3);
    expect(atPeak.perBroker.diskWriteMBps + atPeak.perBroker.diskReadMBps).toBeCloseTo(240, 9);
    expect(atPeak.utilization.normal.disk).toBeCloseTo(0.768, 9);
    // Two survivors carry 360 MB/s each against a 312.5 MB/s EBS baseline.
    expect((atPeak.perBroker.diskWriteMBps + atPeak.perBroker.diskReadMBps) * atPeak.utilization.failureMultiplier).toBeCloseTo(
      360,
      9,
    );
    expectSays(sizingPost, '1.5 × 70 × 4 / 250 = 1.68');
  });

  it('dropping replication (and the lagging reader) puts the disk at 1.08 brokers', () => {
    const noReplication = size({ rf: '1', 'min-isr': '1', lagging: '0' });
    expect(noReplication.constraints.disk.brokersNeeded).toBeCloseTo(1.08, 9);
    expectSays(sizingPost, '1.5 × 180 / 250 = 1.08');
  });

  it('two lagging readers still fit in 6 brokers; three need 9', () => {
    const two = size({ lagging: '2' });
    expect(two.constraints.disk.brokersNeeded).toBeCloseTo(5.4, 9);
    expect(two.brokers).toBe(6);
    const three = size({ lagging: '3' });
    expect(three.constraints.disk.brokersNeeded).toBeCloseTo(6.48, 9);
    expect(three.constraints.disk.brokersRounded).toBe(7);
    expect(three.brokers).toBe(9);
    expectSays(sizingPost, '1.5 × 180 × 5 / 250 = 5.4');
    expectSays(sizingPost, 'rounds to **9**');
  });

  it("Kafka's default 7-day retention fits: storage needs 2.63 brokers (94.5 hours under the old 16 TiB limit)", () => {
    const week = size({ 'retention-hours': '168' });
    expect(week.binding).toBe('disk');
    expect(week.constraints.storage.brokersNeeded).toBeCloseTo(2.63, 2);
    // The correction's old figure: (6 × 0.7 × 17,592.19 − 2,478.9) / 756 = 94.5 hours.
    expect((6 * 0.7 * 16_384 * 1.073741824 - 2_478.9) / 756).toBeCloseTo(94.5, 1);
    expectSays(sizingPost, 'storage would need 2.63 brokers');
    expectSays(sizingPost, 'updatedDate: 2026-12-04');
    expectSays(sizingPost, '## Corrections');
  });

  it('three m7g.4xlarge brokers also fit, at the same monthly price, each holding 6,874 GB', () => {
    const big = size({ instance: 'm7g.4xlarge' });
    expect(big.brokers).toBe(3);
    expect(big.constraints.disk.brokersNeeded).toBeCloseTo(2.16, 9);
    expect(big.cost.monthly.brokers).toBeCloseTo(1_429.632, 6);
    expect(big.perBroker.storageGB).toBeCloseTo(6_874.3, 1);
    expectSays(sizingPost, '1,080 / 500 = 2.16');
    expectSays(sizingPost, '6,874 GB');
  });
});

describe('links that open the worked example in the sizing calculator', () => {
  /** Every link to the sizing tool page that carries inputs in its query string. */
  function exampleLinks(post: string): string[] {
    return [...post.matchAll(/\]\(\/tools\/kafka-sizing\/\?([^)]+)\)/g)].map((match) => match[1]!);
  }

  function sizeFromLink(search: string): SizingResult {
    const { raw, notices } = decodeQuery(sizingSpec, search);
    expect(notices).toEqual([]);
    const { values, errors } = parseRawValues(sizingSpec, raw);
    expect(errors).toEqual([]);
    return sizeCluster(values);
  }

  it('post 1 links to exactly its worked example', () => {
    const links = exampleLinks(sizingPost);
    expect(links).toHaveLength(1);
    const fromLink = sizeFromLink(links[0]!);
    const example = size();
    expect(fromLink.brokers).toBe(example.brokers);
    expect(fromLink.binding).toBe(example.binding);
    expect(fromLink.constraints).toEqual(example.constraints);
    expect(fromLink.cost.monthly).toEqual(example.cost.monthly);
  });

  it('post 5 links to the example self-managed and on MSK', () => {
    const links = exampleLinks(crossAzPost);
    expect(links).toHaveLength(2);
    const [selfManaged, msk] = links.map(sizeFromLink);
    expect(selfManaged!.cost.monthly).toEqual(size().cost.monthly);
    expect(msk!.brokerType.id).toBe('kafka.m7g.2xlarge');
    expect(msk!.crossAz.monthlyCost).toBeCloseTo(9_811.2, 6);
    expect(msk!.crossAz.billing).toBe('msk');
    expect(msk!.crossAz.billingFrom).toBe('broker type');
    expect(msk!.cost.monthly.total).toBeCloseTo(16_129.08, 2);
  });
});

describe('post 5: the cross-AZ line on your Kafka bill', () => {
  interface BillScenario {
    /** The row label in both of the post's tables. */
    name: string;
    inputs: Record<string, string>;
    gb: number;
    xaz: number;
    brokers: number;
    /** Storage plus provisioned throughput, as the post's Storage column. */
    storage: number;
    total: number;
  }
  const scenarios: BillScenario[] = [
    { name: 'Self-managed', inputs: {}, gb: 858_480, xaz: 17_169.6, brokers: 1_429.63, storage: 2_216.54, total: 20_815.77 },
    {
      name: 'Self-managed, fetch from follower',
      inputs: { 'fetch-from-follower': 'true' },
      gb: 490_560,
      xaz: 9_811.2,
      brokers: 1_429.63,
      storage: 2_216.54,
      total: 13_457.37,
    },
    {
      name: 'Amazon MSK',
      inputs: { instance: 'kafka.m7g.2xlarge', billing: 'auto' },
      gb: 490_560,
      xaz: 9_811.2,
      brokers: 3_574.08,
      storage: 2_743.8,
      total: 16_129.08,
    },
    {
      name: 'Amazon MSK, fetch from follower',
      inputs: { instance: 'kafka.m7g.2xlarge', billing: 'auto', 'fetch-from-follower': 'true' },
      gb: 122_640,
      xaz: 2_452.8,
      brokers: 3_574.08,
      storage: 2_743.8,
      total: 8_770.68,
    },
  ];

  it('splits the self-managed example into produce, replication and consume terms', () => {
    const { crossAz } = size();
    expect(crossAz.terms.produceMBps).toBeCloseTo(46.67, 2);
    expect(crossAz.terms.replicationMBps).toBeCloseTo(140, 9);
    expect(crossAz.terms.consumeMBps).toBeCloseTo(140, 9);
    expect(crossAz.MBps).toBeCloseTo(326.67, 2);
    expectSays(crossAzPost, '| Total | | 326.67 |');
    expectSays(crossAzPost, '980 \\times 876 = 858{,}480');
  });

  for (const scenario of scenarios) {
    it(`${scenario.name}: cross-zone GB, its cost and the whole monthly bill`, () => {
      const result = size(scenario.inputs);
      expect(result.brokers).toBe(6);
      expect(result.crossAz.monthlyGB).toBeCloseTo(scenario.gb, 3);
      expect(result.crossAz.monthlyCost).toBeCloseTo(scenario.xaz, 6);
      const monthly = result.cost.monthly;
      expect(monthly.brokers).toBeCloseTo(scenario.brokers, 2);
      expect(monthly.storage + monthly.throughput).toBeCloseTo(scenario.storage, 2);
      expect(monthly.total).toBeCloseTo(scenario.total, 2);
      const { terms, replicationBilled } = result.crossAz;
      const termCells = [terms.produceMBps, replicationBilled ? terms.replicationMBps : 0, terms.consumeMBps].map(mbps);
      expectSays(
        crossAzPost,
        `| ${scenario.name} | ${termCells.join(' | ')} | ${grouped(scenario.gb, 0)} | ${usd(scenario.xaz)} |`,
      );
      expectSays(
        crossAzPost,
        `| ${scenario.name} | ${usd(scenario.brokers)} | ${usd(scenario.storage)} | ${usd(scenario.xaz)} | ${usd(scenario.total)} |`,
      );
    });
  }

  it('counts the followers outside the leader zone as Kafka places them: RF 3 in two zones gives 1', () => {
    const twoZones = size({ zones: '2', failure: 'broker' });
    expect(twoZones.crossAz.terms.replicationMBps).toBeCloseTo(70, 9);
    expectSays(crossAzPost, 'followers cross: RF 3 in two zones gives 1.');
    expectSays(crossAzPost, 'updatedDate: 2026-12-04');
    expectSays(crossAzPost, '## Corrections');
  });

  it('prices MSK against self-managed the way the post does', () => {
    const selfManaged = size();
    const msk = size({ instance: 'kafka.m7g.2xlarge', billing: 'msk' });
    expect(msk.brokerType.priceHour).toBe(0.816);
    expect(msk.cost.monthly.brokers - selfManaged.cost.monthly.brokers).toBeCloseTo(2_144.45, 2);
    // The replication term is what MSK does not bill: 140 MB/s × 2,628 GB per MB/s-month × $0.02.
    expect(selfManaged.crossAz.monthlyCost - msk.crossAz.monthlyCost).toBeCloseTo(7_358.4, 6);
    expect(selfManaged.storage.provisionedPerBrokerGB * 6).toBeCloseTo(29_461.3, 1);
    expect(selfManaged.cost.monthly.storage).toBeCloseTo(2_195.04, 2);
    expect(selfManaged.cost.monthly.throughput).toBeCloseTo(21.5, 2);
    // $0.10 per GiB-month: 29,461.3 GB / 1.073741824 × $0.10.
    expect(msk.cost.monthly.storage).toBeCloseTo((29_461.3 / 1.073741824) * 0.1, 1);
    expect(msk.cost.monthly.storage).toBeCloseTo(2_743.8, 2);
    const mskWithFollowerFetching = size({ instance: 'kafka.m7g.2xlarge', billing: 'msk', 'fetch-from-follower': 'true' });
    expect(Math.round((mskWithFollowerFetching.cost.monthly.total / selfManaged.cost.monthly.total) * 100)).toBe(42);
    expect(selfManaged.cost.share.crossAz).toBeCloseTo(0.825, 3);
    for (const figure of [
      '\\$2{,}144.45',
      '\\$7{,}358.40',
      '29,461.3 GB',
      '$2,195.04',
      '$21.50',
      '$2,743.80',
      '42%',
      '82.5% of the bill',
    ]) {
      expectSays(crossAzPost, figure);
    }
  });
});

describe('post 2: Which topic is costing us?', () => {
  const GB = 1_000_000_000n;
  /** GB with at most one decimal, as the post's usage table prints them, to bytes. */
  const gb = (value: string): bigint => {
    const [whole, tenth = '0'] = value.split('.');
    return BigInt(whole!) * GB + BigInt(tenth) * (GB / 10n);
  };
  const topics: TopicUsage[] = [
    { topic: 'web.clicks', bytesIn: gb('105120'), bytesOut: gb('105120'), replicatedBytes: gb('10368'), replicationFactor: 3n },
    {
      topic: 'checkout.orders',
      bytesIn: gb('52560'),
      bytesOut: gb('420480'),
      replicatedBytes: gb('10368'),
      replicationFactor: 3n,
    },
    {
      topic: 'payments.refunds',
      bytesIn: gb('5256'),
      bytesOut: gb('21024'),
      replicatedBytes: gb('3628.8'),
      replicationFactor: 3n,
    },
    { topic: 'audit-archive', bytesIn: gb('15768'), bytesOut: 0n, replicatedBytes: gb('10886.4'), replicationFactor: 3n },
    { topic: 'loadtest-tmp-7', bytesIn: gb('5256'), bytesOut: gb('5256'), replicatedBytes: gb('518.4'), replicationFactor: 3n },
    { topic: '__consumer_offsets', bytesIn: 0n, bytesOut: 0n, replicatedBytes: gb('30.4'), replicationFactor: 3n },
  ];
  const bill: BillPool[] = [
    { pool: 'compute', amountCents: 142_963n },
    { pool: 'local-storage', amountCents: 414_720n, capacity: gb('51840') },
    { pool: 'cross-zone', amountCents: 1_741_235n },
    { pool: 'fixed', amountCents: 60_000n },
  ];

  /** The rules exactly as the post's team-rules.txt code block prints them. */
  function rulesFromPost(): string {
    const block = /```text title="team-rules\.txt"\n([\s\S]*?)```/.exec(attributionPost);
    expect(block).not.toBeNull();
    return block![1]!;
  }

  /** The example's cluster is disk-bound, so the post splits its compute pool by bytes in. */
  const examplePolicies = { ...DEFAULT_POLICIES, drivers: { ...DEFAULT_DRIVERS, compute: 'bytes-in' as const } };

  function allocate(policies: AttributionPolicies = examplePolicies): AttributionResult {
    const parsed = parseMappingRules(rulesFromPost());
    expect(parsed.errors).toEqual([]);
    return allocateCosts({ bill, topics, rules: parsed.rules, policies });
  }

  /** The text of the post's code block with the given file-name title. */
  function codeBlock(title: string): string {
    const block = new RegExp('```\\w+ title="' + title.replace('.', '\\.') + '"\\n([\\s\\S]*?)```').exec(attributionPost);
    expect(block, `code block ${title}`).not.toBeNull();
    return block![1]!;
  }

  it('prints paste-ready bill and usage files that hold exactly the example', () => {
    const parsedBill = parseBillCsv(codeBlock('bill.csv'));
    expect(parsedBill.warnings).toEqual([]);
    expect(parsedBill.bill).toEqual(bill);
    const parsedUsage = parseUsageCsv(codeBlock('usage.csv'));
    expect(parsedUsage.warnings).toEqual([]);
    expect(parsedUsage.topics.map(({ consumerGroups: _groups, ...usage }) => usage)).toEqual(topics);
    // Consumer groups agree with the fan-out the prose describes: bytes out / bytes in.
    for (const usage of parsedUsage.topics) {
      if (usage.bytesIn && usage.bytesIn > 0n) expect(usage.consumerGroups).toBe(usage.bytesOut! / usage.bytesIn);
    }
  });

  const result = allocate();
  const topicCents = (topic: string) => result.topics.find((t) => t.topic === topic)!;

  it('maps the topics to teams with the rules the post prints', () => {
    expect(topicCents('web.clicks').team).toBe('web');
    expect(topicCents('checkout.orders').team).toBe('checkout');
    expect(topicCents('payments.refunds').team).toBe('payments');
    expect(topicCents('audit-archive').team).toBe('security');
    expect(topicCents('audit-archive').match).toBe('exact');
    expect(topicCents('loadtest-tmp-7').teamKind).toBe('unallocated');
    expect(topicCents('__consumer_offsets').internal).toBe(true);
    expect(topicCents('__consumer_offsets').amountCents).toBe(0n);
  });

  it('gives every topic the cents per pool of the post’s result table', () => {
    const expected: Record<string, [bigint, bigint, bigint, bigint, bigint]> = {
      // compute, local storage, cross-zone, fixed, total
      'web.clicks': [81_693n, 83_014n, 710_708n, 22_848n, 898_263n],
      'checkout.orders': [40_846n, 83_015n, 852_850n, 25_491n, 1_002_202n],
      'payments.refunds': [4_085n, 29_055n, 56_857n, 2_349n, 92_346n],
      'audit-archive': [12_254n, 87_165n, 85_285n, 4_821n, 189_525n],
      'loadtest-tmp-7': [4_085n, 4_151n, 35_535n, 1_142n, 44_913n],
    };
    for (const [topic, [compute, storage, crossZone, fixed, total]] of Object.entries(expected)) {
      const line = topicCents(topic);
      expect(line.pools.compute).toBe(compute);
      expect(line.pools['local-storage']).toBe(storage);
      expect(line.pools['cross-zone']).toBe(crossZone);
      expect(line.pools.fixed).toBe(fixed);
      expect(line.amountCents).toBe(total);
      const cells = [compute, storage, crossZone, fixed, total].map((cents) => grouped(Number(cents) / 100, 2));
      expectSays(attributionPost, `| \`${topic}\` | ${cells.join(' | ')} |`);
    }
  });

  it('sets aside $1,283.20 of storage as idle, which then takes $33.49 of the fixed pool', () => {
    const storage = result.pools.find((pool) => pool.pool === 'local-storage')!;
    expect(storage.idleCents).toBe(128_320n);
    const idle = result.teams.find((team) => team.kind === 'idle')!;
    expect(idle.amountCents).toBe(131_669n);
    expectSays(attributionPost, '| Idle capacity | | 1,283.20 | | 33.49 | 1,316.69 |');
  });

  it('adds up to the bill to the cent, per pool and per team', () => {
    expect(result.totalCents).toBe(2_358_918n);
    expectSays(attributionPost, '| **Total** | **1,429.63** | **4,147.20** | **17,412.35** | **600.00** | **23,589.18** |');
    const teams = Object.fromEntries(result.teams.map((team) => [team.team, team.amountCents]));
    const expectedTeams: Record<string, bigint> = {
      checkout: 1_002_202n,
      web: 898_263n,
      security: 189_525n,
      Idle: 131_669n,
      payments: 92_346n,
      Unallocated: 44_913n,
    };
    for (const [team, cents] of Object.entries(expectedTeams)) {
      expect(teams[team]).toBe(cents);
      expectSays(attributionPost, `${team} ${centsToUsd(cents)}`);
    }
  });

  it('hands out the compute pool’s three leftover cents by largest remainder', () => {
    const adjusted = result.lines
      .filter((line) => line.pool === 'compute' && line.roundingAdjCents === 1)
      .map((line) => line.topic);
    expect(adjusted.sort()).toEqual(['audit-archive', 'loadtest-tmp-7', 'payments.refunds']);
    const shares = result.lines
      .filter((line) => line.pool === 'compute')
      .map((line) => [line.topic, Number(line.weight) / Number(line.totalWeight)] as const);
    const expectedShares: Record<string, number> = {
      'web.clicks': 4 / 7,
      'checkout.orders': 2 / 7,
      'payments.refunds': 1 / 35,
      'audit-archive': 3 / 35,
      'loadtest-tmp-7': 1 / 35,
    };
    for (const [topic, share] of shares) expect(share).toBeCloseTo(expectedShares[topic]!, 12);
    expectSays(attributionPost, '4/7, 2/7, 1/35, 3/35 and 1/35 of the 183,960 total');
  });

  it('shows what the default bytes-in-plus-out compute driver would have charged instead', () => {
    const byDefault = allocate(DEFAULT_POLICIES);
    const compute = (topic: string) => byDefault.topics.find((t) => t.topic === topic)!.pools.compute;
    expect(compute('checkout.orders')).toBe(91_905n);
    expect(compute('web.clicks')).toBe(40_847n);
    expectSays(attributionPost, '`checkout.orders` $919.05 of compute instead of $408.46');
    expectSays(attributionPost, '`web.clicks` $408.47 instead of $816.93');
  });

  it('breaks the storage tie between two equal topics by name: checkout.orders gets the cent', () => {
    const adjusted = result.lines
      .filter((line) => line.pool === 'local-storage' && line.roundingAdjCents === 1)
      .map((line) => line.topic)
      .sort();
    expect(adjusted).toEqual(['checkout.orders', 'loadtest-tmp-7']);
    expectSays(attributionPost, '$830.15 against $830.14');
  });

  it('estimates 858,480 GB of cross-zone traffic, $17,169.60 of the $17,412.35 billed', () => {
    const estimateGB = topics
      .map((usage) => crossZoneBytesTimesZones(resolveUsage(usage, 3n), DEFAULT_POLICIES))
      .reduce((sum, bytesTimesZones) => sum + bytesTimesZones, 0n);
    expect(estimateGB / 3n / GB).toBe(858_480n);
    expect(estimateGB % (3n * GB)).toBe(0n);
    expect(((17_169.6 / 17_412.35) * 100).toFixed(1)).toBe('98.6');
    expectSays(attributionPost, '$17,169.60 of the $17,412.35 billed, 98.6%');
  });

  it('the bytes-in shortcut over-charges web.clicks and under-charges checkout.orders', () => {
    const shortcut = allocateCosts({
      bill: [{ pool: 'compute', amountCents: 2_358_918n }],
      topics,
      rules: parseMappingRules(rulesFromPost()).rules,
      policies: { ...DEFAULT_POLICIES, drivers: { ...DEFAULT_DRIVERS, compute: 'bytes-in' } },
    });
    const cents = (topic: string) => shortcut.topics.find((t) => t.topic === topic)!.amountCents;
    expect(cents('web.clicks')).toBe(1_347_953n);
    expect(cents('checkout.orders')).toBe(673_976n);
    expect(Math.round((1_347_953 / 898_263 - 1) * 100)).toBe(50);
    expect(Math.round((1 - 673_976 / 1_002_202) * 100)).toBe(33);
    expectSays(attributionPost, 'one team pays 50% more than its share and another 33% less');
    expectSays(attributionPost, 'pay 50% more than its share and the checkout team 33% less');
    expectSays(attributionPost, 'charged $13,479.53');
    expectSays(attributionPost, 'gets\n$6,739.76');
  });

  it('rounding each seventh of $1,000.00 on its own drifts by 2 cents; largest remainder does not', () => {
    const naive = Math.round(100_000 / 7) * 7;
    expect(naive).toBe(100_002);
    const split = splitCents(
      100_000n,
      Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, weight: 1n })),
    );
    expect(split.cents.reduce((sum, cents) => sum + cents, 0n)).toBe(100_000n);
    expectSays(attributionPost, 'the lines sum to $1,000.02');
  });
});
