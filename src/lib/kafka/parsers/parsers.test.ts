import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBillCsv } from './billCsv';
import { parseCloudWatch } from './cloudWatch';
import { parseConfluentCosts } from './confluentCloud';
import { parseConsumerGroups } from './consumerGroups';
import { detectFormat } from './detectFormat';
import { LOG_DIRS_HEADER, parseLogDirs, readLogDirsSnapshots } from './logDirs';
import { mergeUsage } from './mergeUsage';
import { parseBillInput, parseUsageInput } from './parseInput';
import { parsePrometheusJson, parsePrometheusText } from './prometheus';
import { parseTopicsDescribe } from './topicsDescribe';
import { parseUsageCsv } from './usageCsv';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const GiB = 2n ** 30n;

describe('detectFormat', () => {
  it('names every fixture’s format', () => {
    const expected: Record<string, string> = {
      'usage.csv': 'usage-csv',
      'bill.csv': 'bill-csv',
      'log-dirs.txt': 'log-dirs',
      'topics-describe.txt': 'topics-describe',
      'prometheus-query.json': 'prometheus-json',
      'prometheus-exposition.txt': 'prometheus-text',
      'confluent-metrics-received.json': 'confluent-metrics',
      'confluent-costs.json': 'confluent-costs',
      'cloudwatch.json': 'cloudwatch',
      'consumer-groups.txt': 'consumer-groups',
    };
    for (const [file, format] of Object.entries(expected)) expect(detectFormat(fixture(file)).format, file).toBe(format);
  });

  it('rejects text it cannot recognise, empty input and broken JSON with a line', () => {
    expect(() => detectFormat('hello there\nfriend')).toThrow(/^line 1: cannot tell what this is/);
    expect(() => detectFormat('  \n')).toThrow('line 1: the input is empty');
    expect(() => detectFormat('{"brokers": [\n  {"broker": 1,,}]}')).toThrow(/^line 2, column \d+: not valid JSON/);
    expect(() => detectFormat('{"something": 1}')).toThrow(/not one of the supported shapes/);
  });
});

describe('usage CSV', () => {
  it('reads the optional records_in and partition_hours columns and consumer group names separated by semicolons', () => {
    const parsed = parseUsageCsv('topic,bytes_in,records_in,partition_hours,consumers\norders,600,12,8760,billing-svc; search-indexer;billing-svc\nclicks,300,,,\n');
    expect(parsed.topics).toEqual([
      { topic: 'orders', bytesIn: 600n, recordsIn: 12n, partitionHours: 8760n, consumers: ['billing-svc', 'search-indexer'] },
      { topic: 'clicks', bytesIn: 300n },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads the example with blanks as missing values', () => {
    const { topics, warnings } = parseUsageCsv(fixture('usage.csv'));
    expect(topics).toHaveLength(13);
    expect(topics[0]).toEqual({
      topic: 'payments.orders',
      bytesIn: 2600000000000n,
      bytesOut: 7800000000000n,
      replicatedBytes: 1800000000000n,
      partitions: 24n,
      replicationFactor: 3n,
      consumerGroups: 3n,
    });
    expect(topics.find((t) => t.topic === 'fraud.scores')?.owner).toBe('risk');
    expect(warnings).toEqual([]);
  });

  it('accepts the _avg column spellings and a subset of columns', () => {
    const { topics } = parseUsageCsv('topic,retained_bytes_avg,rf\norders,1.5e9,3\n');
    expect(topics).toEqual([{ topic: 'orders', retainedBytes: 1500000000n, replicationFactor: 3n }]);
  });

  it('names the line and column of a bad value', () => {
    expect(() => parseUsageCsv('topic,bytes_in\norders,12\nclicks,lots\n')).toThrow('line 3, column bytes_in: expected a non-negative number, got "lots"');
    expect(() => parseUsageCsv('topic,bytes_in\norders,-5\n')).toThrow(/line 2, column bytes_in/);
    expect(() => parseUsageCsv('topic,rf\norders,0\n')).toThrow('line 2, column rf: a replication factor is at least 1, got "0"');
    expect(() => parseUsageCsv('bytes_in,bytes_out\n1,2\n')).toThrow(/line 1: the usage CSV needs a "topic" column/);
    expect(() => parseUsageCsv('topic,bytes_in\norders,1\norders,2\n')).toThrow('line 3: topic orders already appears on line 2');
    expect(() => parseUsageCsv('topic,bytes_in\norders,1,2\n')).toThrow('line 2: expected 2 fields like the header, found 3');
    expect(() => parseUsageCsv('topic,bytes_in\n,5\n')).toThrow('line 2: the topic is blank');
  });
});

describe('bill CSV', () => {
  it('reads pools, amounts in cents and a byte capacity', () => {
    const { bill } = parseBillCsv(fixture('bill.csv'));
    expect(bill).toEqual([
      { pool: 'compute', amountCents: 920000n },
      { pool: 'local-storage', amountCents: 144000n, capacity: 12n * 10n ** 12n },
      { pool: 'tiered-storage', amountCents: 33000n },
      { pool: 'cross-zone', amountCents: 412000n },
      { pool: 'egress', amountCents: 26000n },
      { pool: 'fixed', amountCents: 150000n },
      { pool: 'adjustments', amountCents: -75000n },
    ]);
  });

  it('accepts the reference’s cluster,pool,amount_usd paste with Confluent line types', () => {
    const { bill, warnings } = parseBillCsv('cluster,pool,amount_usd\nlkc-abc123,KAFKA_NUM_CKUS,1000.00\nlkc-abc123,KAFKA_NETWORK_WRITE,120.00\nlkc-abc123,KAFKA_STORAGE,"1,080.005"\n');
    expect(bill).toEqual([
      { pool: 'compute', amountCents: 100000n },
      { pool: 'ingress', amountCents: 12000n },
      { pool: 'local-storage', amountCents: 108001n },
    ]);
    expect(warnings).toEqual(['bill line 4: local-storage totals 1080.005, rounded once to whole cents']);
  });

  it('names the line for an unknown pool or a bad amount', () => {
    expect(() => parseBillCsv('pool,amount\ncompute,10\nbananas,5\n')).toThrow(/^line 3: unknown pool "bananas"; expected one of compute, ingress/);
    expect(() => parseBillCsv('pool,amount\ncompute,ten\n')).toThrow('line 2, column amount: expected an amount such as 1234.56, got "ten"');
    expect(() => parseBillCsv('pool,amount,capacity\ncompute,10,big\n')).toThrow(/line 2, column capacity/);
    expect(() => parseBillCsv('pool,cost\ncompute,10\n')).toThrow(/needs "pool" and "amount" columns/);
  });
});

describe('kafka-log-dirs', () => {
  it('sums replicas per topic, excluding the future replica and the errored dir (docs/method/kafka-cost-attribution.md §6.1)', () => {
    const [{ json, firstLine }] = readLogDirsSnapshots(fixture('log-dirs.txt')) as [{ json: unknown; firstLine: number }];
    expect(firstLine).toBe(3);
    const { topics, warnings } = parseLogDirs(json, firstLine);
    expect(topics).toEqual([
      { topic: 'orders', replicatedBytes: 600n * GiB, partitions: 1n },
      { topic: 'audit-archive', replicatedBytes: 900n * GiB, partitions: 1n },
      { topic: 'clicks', replicatedBytes: 240n * GiB, partitions: 1n },
      { topic: '__consumer_offsets', replicatedBytes: 60n * GiB, partitions: 1n },
    ]);
    expect(warnings).toEqual([
      'broker 3 log dir "/var/lib/kafka/data3" reported "org.apache.kafka.common.errors.KafkaStorageException"; skipped',
      '1 future replica(s) (isFuture: true, a move in progress) excluded',
    ]);
  });

  it('takes the topic up to the last dash and counts distinct partitions', () => {
    const json = { version: 1, brokers: [{ broker: 1, logDirs: [{ logDir: '/d', error: null, partitions: [
      { partition: 'a-b-c-0', size: 10, offsetLag: 0, isFuture: false },
      { partition: 'a-b-c-11', size: 5, offsetLag: 0, isFuture: false },
    ] }] }] };
    expect(parseLogDirs(json, 1).topics).toEqual([{ topic: 'a-b-c', replicatedBytes: 15n, partitions: 2n }]);
  });

  it('says where a replica is malformed', () => {
    const bad = (partition: unknown) => ({ brokers: [{ broker: 1, logDirs: [{ logDir: '/d', error: null, partitions: [partition] }] }] });
    expect(() => parseLogDirs(bad({ partition: 'orders', size: 1 }), 3)).toThrow('line 3: brokers[0].logDirs[0].partitions[0].partition: expected "<topic>-<n>", got "orders"');
    expect(() => parseLogDirs(bad({ partition: 'orders-0', size: 'big' }), 3)).toThrow('line 3: brokers[0].logDirs[0].partitions[0].size: expected a whole number of bytes, got "big"');
    expect(() => parseLogDirs({ version: 1 }, 3)).toThrow(/line 3: expected \{"brokers"/);
    expect(() => readLogDirsSnapshots(`${fixture('log-dirs.txt').slice(0, 300)}`)).toThrow(/^line 3, column \d+: not valid JSON/);
  });

  it('averages several snapshots pasted one after the other, a topic missing from one counting 0 there', () => {
    const run = (sizes: Record<string, number>) => {
      const partitions = Object.entries(sizes).map(([partition, size]) => ({ partition, size, offsetLag: 0, isFuture: false }));
      return `${LOG_DIRS_HEADER}\nReceived log directory information from brokers 1\n${JSON.stringify({ version: 1, brokers: [{ broker: 1, logDirs: [{ logDir: '/d', error: null, partitions }] }] })}\n`;
    };
    // orders grows 100 → 200 → 301 bytes; clicks appears in the last snapshot with two partitions.
    const paste = run({ 'orders-0': 100 }) + run({ 'orders-0': 200 }) + run({ 'orders-0': 300, 'orders-1': 1, 'clicks-0': 30, 'clicks-1': 30 });
    const usage = parseUsageInput(paste);
    expect(usage.formatName).toBe('kafka-log-dirs.sh --describe');
    // means: orders (100 + 200 + 301) / 3 = 200.33 → 200 bytes, (1 + 1 + 2) / 3 = 1.33 → 1 partition; clicks 60 / 3 = 20, 2 / 3 → 1
    expect(usage.topics).toEqual([
      { topic: 'orders', replicatedBytes: 200n, replicatedBytesMax: 301n, partitions: 1n },
      { topic: 'clicks', replicatedBytes: 20n, replicatedBytesMax: 60n, partitions: 1n },
    ]);
    expect(usage.warnings).toEqual(['averaged 3 kafka-log-dirs snapshots, taken as evenly spaced over the period; a topic missing from a snapshot counts as 0 bytes there']);
    // The same JSON lines without their header lines, and a broken third snapshot named by its line.
    const bare = paste.split('\n').filter((line) => line.startsWith('{')).join('\n');
    expect(parseUsageInput(bare).topics).toEqual(usage.topics);
    expect(() => parseUsageInput(`${run({ 'orders-0': 1 })}${run({ 'orders-0': 2 })}${LOG_DIRS_HEADER}\n{"brokers": [}`)).toThrow(/^line 8(, column \d+)?: not valid JSON/);
  });
});

describe('kafka-topics --describe', () => {
  it('reads partitions and RF from header lines, ignoring partition lines and newer fields', () => {
    expect(parseTopicsDescribe(fixture('topics-describe.txt')).topics).toEqual([
      { topic: 'orders', partitions: 12n, replicationFactor: 3n },
      { topic: 'audit-archive', partitions: 6n, replicationFactor: 2n },
    ]);
  });

  it('rejects a header without a replication factor, naming the line', () => {
    expect(() => parseTopicsDescribe('Topic: a\tPartitionCount: 3\tReplicationFactor: 3\nTopic: b\tPartitionCount: 3\n')).toThrow(
      'line 2: expected "ReplicationFactor: <number>" for topic b, got nothing',
    );
    expect(() => parseTopicsDescribe('nothing here')).toThrow(/no "Topic: … PartitionCount/);
  });
});

describe('kafka-consumer-groups --describe', () => {
  it('counts and names the distinct groups per topic across the per-group blocks', () => {
    const usage = parseUsageInput(fixture('consumer-groups.txt'));
    expect(usage.formatName).toBe('kafka-consumer-groups.sh --describe');
    expect(usage.topics).toEqual([
      { topic: 'orders', consumerGroups: 3n, consumers: ['audit-export', 'billing-svc', 'search-indexer'] },
      { topic: 'clicks', consumerGroups: 1n, consumers: ['search-indexer'] },
    ]);
  });

  it('names the line of a row it cannot read', () => {
    expect(() => parseConsumerGroups('GROUP TOPIC PARTITION\nbilling\n')).toThrow('line 2: expected a group and a topic in the GROUP and TOPIC columns, got "billing"');
    expect(() => parseConsumerGroups('billing orders 0\n')).toThrow('line 1: expected the "GROUP TOPIC PARTITION ..." header before the rows');
  });
});

describe('Prometheus', () => {
  it('reads an instant-query vector (docs/method/kafka-cost-attribution.md §6.4 sample)', () => {
    const { topics } = parsePrometheusJson(JSON.parse(fixture('prometheus-query.json')));
    expect(topics.get('orders')?.total).toBe(500n * GiB);
    expect(topics.get('clicks')?.total).toBe(250n * GiB);
    expect(topics.get('audit-archive')?.total).toBe(0n);
  });

  it('drops the series without a topic label and rejects bad values and non-vectors', () => {
    const response = (result: unknown[], resultType = 'vector') => ({ status: 'success', data: { resultType, result } });
    const parsed = parsePrometheusJson(response([{ metric: {}, value: [1, '99'] }, { metric: { topic: 'a' }, value: [1, '5'] }]));
    expect([...parsed.topics.keys()]).toEqual(['a']);
    expect(parsed.warnings).toEqual(['1 series without a topic label (broker totals) dropped']);
    expect(() => parsePrometheusJson(response([{ metric: { topic: 'a' }, value: [1, 'NaN'] }]))).toThrow('line 1: data.result[0].value: expected a non-negative number as a string, got "NaN"');
    expect(() => parsePrometheusJson(response([], 'matrix'))).toThrow(/resultType is "matrix"; expected "vector"/);
    expect(() => parsePrometheusJson({ status: 'error', error: 'bad query' })).toThrow(/status "error" \("bad query"\)/);
  });

  it('takes last minus first of two scrapes per broker, counts from a reset, drops broker totals', () => {
    const { topics, warnings } = parsePrometheusText(fixture('prometheus-exposition.txt'));
    // orders: (2.79e11 − 1.0e11) + (2.7e11 − 0.9e11); clicks: (1.4e11 − 0.5e11) + 2.0e10 after broker-2's reset
    expect(topics.get('orders')?.total).toBe(359000000000n);
    expect(topics.get('clicks')?.total).toBe(110000000000n);
    expect(warnings).toEqual(['4 series without a topic label (broker totals) dropped', '1 counter reset(s) (a broker restart): counted from the reset']);
  });

  it('names the line of an unreadable sample and refuses mixed metrics', () => {
    expect(() => parsePrometheusText('m{topic="a"} 1\nm{topic="b"} many\n')).toThrow('line 2: expected a non-negative sample value, got "many"');
    expect(() => parsePrometheusText('m{topic="a"} 1\nthis is not a sample\n')).toThrow(/^line 2: expected "metric_name/);
    expect(() => parsePrometheusText('m{topic="a} 1\n')).toThrow(/^line 1: cannot read the labels/);
    expect(() => parsePrometheusText('a{topic="x"} 1\nb{topic="x"} 1\n')).toThrow('line 1: found 2 metrics: a (line 1), b (line 2); paste one metric per source');
  });
});

describe('Confluent Cloud', () => {
  it('sums received_bytes per topic (docs/method/kafka-cost-attribution.md §6.5 sample)', () => {
    const usage = parseUsageInput(fixture('confluent-metrics-received.json'), { field: 'bytesIn' });
    expect(usage.formatName).toBe('Confluent Cloud Metrics API (JSON)');
    expect(usage.topics).toEqual([
      { topic: 'payments.orders', bytesIn: 2n * 21474836480n },
      { topic: 'payments.refunds', bytesIn: 5368709120n + 3221225472n },
    ]);
  });

  it('averages the retained_bytes gauge over timestamps instead of summing it', () => {
    const usage = parseUsageInput(fixture('confluent-metrics-retained.json'), { field: 'retainedBytes' });
    // (1e11 + 3e11) / 2 and (7e9 + 8000000001) / 2 = 7500000000.5, rounded half up
    expect(usage.topics).toEqual([
      { topic: 'payments.orders', retainedBytes: 200000000000n },
      { topic: 'payments.refunds', retainedBytes: 7500000001n },
    ]);
  });

  it('sums daily cost rows per pool, leaves out non-Kafka products, rounds once per pool', () => {
    const { bill, warnings } = parseConfluentCosts(JSON.parse(fixture('confluent-costs.json')));
    expect(bill).toEqual([
      { pool: 'egress', amountCents: 1936n }, // 9.68 + 9.6845 = 19.3645
      { pool: 'compute', amountCents: 4800n },
      { pool: 'local-storage', amountCents: 267n }, // 2.6667
      { pool: 'fixed', amountCents: 3333n },
      { pool: 'adjustments', amountCents: -2000n },
    ]);
    expect(warnings).toContain('CONNECT_CAPACITY (12.50) is not a Kafka cluster cost and is left out');
    expect(warnings).toContain('egress: 19.3645 rounded to whole cents');
    // Support and credit rows name the organisation, not a second cluster.
    expect(warnings.some((w) => w.includes('Kafka clusters'))).toBe(false);
  });

  it('warns when the costs cover two Kafka clusters', () => {
    const row = (id: string) => ({ line_type: 'KAFKA_STORAGE', amount: '1.00', resource: { id } });
    expect(parseConfluentCosts({ data: [row('lkc-1'), row('lkc-2')] }).warnings).toEqual(['the costs cover 2 Kafka clusters (lkc-1, lkc-2); they are allocated as one']);
  });

  it('names the row of a bad cost', () => {
    expect(() => parseConfluentCosts({ data: [{ line_type: 'KAFKA_STORAGE', amount: 'n/a' }] })).toThrow('line 1: data[0].amount: expected an amount, got "n/a"');
  });
});

describe('CloudWatch', () => {
  it('turns average rates into bytes over the period and sums brokers (docs/method/kafka-cost-attribution.md §6.7 sample)', () => {
    const { topics } = parseCloudWatch(JSON.parse(fixture('cloudwatch.json')), 2592000);
    // 69041.83 B/s × 2,592,000 s = 178,956,423,360 per broker, × 3 brokers ≈ 500 GiB
    expect(topics.get('orders')?.total).toBe(3n * 178956423360n);
  });

  it('uses the spacing of the timestamps as the period, and refuses to guess one from single datapoints', () => {
    const json = { MetricDataResults: [{ Label: 'orders', Timestamps: ['2024-06-01T00:01:00Z', '2024-06-01T00:00:00Z'], Values: [10, 20], StatusCode: 'Complete' }] };
    expect(parseCloudWatch(json).topics.get('orders')?.total).toBe(1800n);
    expect(() => parseCloudWatch(JSON.parse(fixture('cloudwatch.json')))).toThrow(/every series has at most one datapoint.*--period-seconds/);
  });

  it('asks for a topic in the Label when it cannot find one', () => {
    const json = { MetricDataResults: [{ Label: 'BytesInPerSec', Timestamps: [], Values: [] }] };
    expect(() => parseCloudWatch(json)).toThrow(/MetricDataResults\[0\]\.Label: cannot find a topic in "BytesInPerSec"/);
  });
});

describe('parseUsageInput, parseBillInput and mergeUsage', () => {
  it('asks which metric a metric paste is', () => {
    expect(() => parseUsageInput(fixture('prometheus-query.json'))).toThrow(/holds one metric; say which it is/);
    expect(() => parseUsageInput(fixture('bill.csv'))).toThrow(/this is a bill/);
    expect(() => parseBillInput(fixture('usage.csv'))).toThrow(/looks like Usage CSV, not a bill/);
  });

  it('lets a later source replace an earlier one field by field, and says so', () => {
    const merged = mergeUsage([
      { label: 'usage.csv', topics: [{ topic: 'a', bytesIn: 1n, partitions: 3n }] },
      { label: 'prometheus', topics: [{ topic: 'a', bytesIn: 2n }, { topic: 'b', bytesIn: 5n }] },
    ]);
    expect(merged.topics).toEqual([
      { topic: 'a', bytesIn: 2n, partitions: 3n },
      { topic: 'b', bytesIn: 5n },
    ]);
    expect(merged.warnings).toEqual(['prometheus: replaced 1 value(s) given by an earlier source']);
  });

  it('treats the same consumer group names from two sources as one value, and different names as a replacement', () => {
    const merged = mergeUsage([
      { label: 'groups-monday', topics: [{ topic: 'a', consumers: ['g1', 'g2'] }, { topic: 'b', consumers: ['g1'] }] },
      { label: 'groups-tuesday', topics: [{ topic: 'a', consumers: ['g1', 'g2'] }, { topic: 'b', consumers: ['g3'] }] },
    ]);
    expect(merged.topics).toEqual([
      { topic: 'a', consumers: ['g1', 'g2'] },
      { topic: 'b', consumers: ['g3'] },
    ]);
    expect(merged.warnings).toEqual(['groups-tuesday: replaced 1 value(s) given by an earlier source']);
  });
});
