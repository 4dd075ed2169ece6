/**
 * Each source read the way the tool that printed it meant it (docs/method/kafka-cost-attribution.md
 * §6 and §6.9). The samples follow the formats as documented, read 2026-12-04:
 * - Prometheus text exposition (`# TYPE`, optional millisecond timestamps):
 *   https://prometheus.io/docs/instrumenting/exposition_formats/
 * - the JMX exporter's default naming without rules (`domain_type_attribute{name=…,topic=…,}`):
 *   https://github.com/prometheus/jmx_exporter (README, "Default format")
 * - Prometheus HTTP API instant vectors (`__name__` in each metric): https://prometheus.io/docs/prometheus/latest/querying/api/
 * - aws cloudwatch get-metric-data (Label, Timestamps newest first, Values):
 *   https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html
 * - Confluent Cloud Metrics API v2 query (`data`, `meta.pagination.next_page_token`): https://api.telemetry.confluent.cloud/docs
 * - Confluent Cloud Costs API billing/v1 (`metadata.next`, `start_date`, `end_date`, `amount`):
 *   https://docs.confluent.io/cloud/current/api.html#tag/Costs-(billingv1)
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCosts } from '../attribution/allocateCosts';
import { DEFAULT_INTERNAL_TOPIC_PATTERNS, InternalTopicMatcher } from '../attribution/internalTopics';
import { DEFAULT_POLICIES } from '../attribution/model';
import { reconcileWithBill } from '../attribution/reconciliation';
import { parseBillCsv } from './billCsv';
import { parseCloudWatch } from './cloudWatch';
import { parseConfluentCosts, parseConfluentMetrics } from './confluentCloud';
import { parseBillInput, parseUsageInput } from './parseInput';
import { parsePrometheusJson, parsePrometheusText } from './prometheus';
import { parseUsageCsv } from './usageCsv';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('gauges and counters', () => {
  it('averages a storage gauge over every scrape, a topic missing from one counting 0 there, never differencing it', () => {
    const usage = parseUsageInput(fixture('prometheus-log-size.txt'), { field: 'replicatedBytes' });
    // orders: (1000 + 3000 + 2000 + 4000) / 2 scrapes = 5000 (last minus first would say 2000);
    // clicks: 600 in the first scrape, absent from the second: 600 / 2 = 300.
    expect(usage.topics).toEqual([
      { topic: 'orders', replicatedBytes: 5000n },
      { topic: 'clicks', replicatedBytes: 300n },
    ]);
  });

  it('refuses a # TYPE that contradicts the field, naming the line', () => {
    expect(() => parseUsageInput(fixture('prometheus-log-size.txt'), { field: 'bytesIn' })).toThrow(
      'line 2: # TYPE says kafka_log_log_size is a gauge, but bytes in is a counter; paste a counter for it',
    );
    expect(() => parseUsageInput(fixture('prometheus-exposition.txt'), { field: 'retainedBytes' })).toThrow(
      'line 2: # TYPE says kafka_server_brokertopicmetrics_bytesin_total is a counter, but retained bytes is a gauge; paste a gauge for it',
    );
  });

  it('takes an untyped paste as the field says: a gauge for --remote, a counter for --bytes-out', () => {
    const text = 'm{topic="a"} 100\nm{topic="a"} 300\n';
    expect(parseUsageInput(text, { field: 'remoteBytes' }).topics).toEqual([{ topic: 'a', remoteBytes: 200n }]);
    expect(parseUsageInput(text, { field: 'bytesOut' }).topics).toEqual([{ topic: 'a', bytesOut: 200n }]);
    expect(parseUsageInput('m{topic="a"} 100\nm{topic="a"} 500\nm{topic="a"} 900\n', { field: 'remoteBytes' }).topics).toEqual([{ topic: 'a', remoteBytes: 500n }]);
  });

  it('adds up a counter’s rises over several scrapes, counting from each reset', () => {
    const { topics, warnings } = parsePrometheusText('m{topic="a"} 100\nm{topic="a"} 250\nm{topic="a"} 40\nm{topic="a"} 90\n', { expectedKind: 'counter' });
    // 250 − 100, then a reset: 40 since it, then 90 − 40: 150 + 40 + 50
    expect(topics.get('a')?.total).toBe(240n);
    expect(warnings).toEqual(['1 counter reset(s) (a broker restart): counted from the reset']);
  });

  it('property: a gauge averaged over n identical scrapes is that one scrape', () => {
    const sizes = fc.dictionary(fc.constantFrom('orders', 'clicks', 'audit'), fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 4 }), { minKeys: 1 });
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 6 }), (topics, n) => {
        const scrape = (at: number) =>
          Object.entries(topics)
            .flatMap(([topic, partitions]) => partitions.map((bytes, p) => `kafka_log_log_size{topic="${topic}",partition="${p}"} ${bytes} ${at}`))
            .join('\n');
        const once = parsePrometheusText(`# TYPE kafka_log_log_size gauge\n${scrape(1)}\n`);
        const repeated = parsePrometheusText(`# TYPE kafka_log_log_size gauge\n${Array.from({ length: n }, (_, i) => scrape(i + 1)).join('\n')}\n`);
        for (const [topic, total] of once.topics) expect(repeated.topics.get(topic)?.average).toBe(total.average);
      }),
      { seed: 20261204, numRuns: 100 },
    );
  });

  it('property: a scrape that misses a topic only lowers its average and its share', () => {
    const bytes = fc.bigInt({ min: 1n, max: 10n ** 12n });
    fc.assert(
      fc.property(fc.array(fc.tuple(bytes, bytes, bytes), { minLength: 1, maxLength: 5 }), (scrapes) => {
        const line = (topic: string, value: bigint, at: number) => `s{topic="${topic}"} ${value} ${at}`;
        const text = scrapes.flatMap(([a, b, c], i) => [line('a', a, i), line('b', b, i), line('c', c, i)]).join('\n');
        const [, lastB, lastC] = scrapes[scrapes.length - 1]!;
        const withGap = `${text}\n${line('b', lastB, scrapes.length)}\n${line('c', lastC, scrapes.length)}\n`;
        const before = parsePrometheusText(text, { expectedKind: 'gauge' }).topics;
        const after = parsePrometheusText(withGap, { expectedKind: 'gauge' }).topics;
        expect(after.get('a')!.average <= before.get('a')!.average).toBe(true);
        // Every average shares one denominator (the scrapes), so shares compare exactly as totals.
        const share = (topics: typeof before) => ({ of: topics.get('a')!.total, over: [...topics.values()].reduce((sum, t) => sum + t.total, 0n) });
        const [was, now] = [share(before), share(after)];
        expect(now.of * was.over <= was.of * now.over).toBe(true);
      }),
      { seed: 20261204, numRuns: 100 },
    );
  });
});

describe('one metric at a time', () => {
  it('refuses the JMX exporter’s default output, several metrics under one name told apart by name=, listing them', () => {
    expect(() => parseUsageInput(fixture('jmx-exporter-default.txt'), { field: 'bytesIn' })).toThrow(
      'line 1: kafka_server_BrokerTopicMetrics_Count holds 3 metrics told apart by the name label (BytesInPerSec, BytesOutPerSec, MessagesInPerSec); paste the lines of one of them, e.g. only name="BytesInPerSec"',
    );
    const onlyBytesIn = fixture('jmx-exporter-default.txt').split('\n').filter((line) => !/name="(BytesOut|MessagesIn)PerSec"/.test(line)).join('\n');
    expect(parseUsageInput(onlyBytesIn, { field: 'bytesIn' }).topics).toEqual([{ topic: 'orders', bytesIn: 123456780n }]);
  });

  it('refuses a Prometheus JSON result with several __name__ values, listing them', () => {
    expect(() => parsePrometheusJson(JSON.parse(fixture('prometheus-two-names.json')))).toThrow(
      'line 1: the result holds 2 metrics (__name__ kafka_server_brokertopicmetrics_bytesin_total (data.result[0]), kafka_server_brokertopicmetrics_bytesout_total (data.result[1])); query one metric, e.g. sum by (topic) (...) over one name',
    );
  });
});

describe('CloudWatch periods', () => {
  it('takes the period from the smallest spacing in the whole response: a series with gaps is not stretched, a single datapoint is one period', () => {
    const { topics, warnings } = parseCloudWatch(JSON.parse(fixture('cloudwatch-gaps.json')));
    // Period 300 s (orders' spacing). orders: (100 + 200.5 + 300) × 300 = 180,150.
    // clicks: 10 minutes apart, still (50 + 40) × 300 = 27,000, not × 600. audit: 10 × 300 = 3,000.
    expect(topics.get('orders')?.total).toBe(180150n);
    expect(topics.get('clicks')?.total).toBe(27000n);
    expect(topics.get('audit')?.total).toBe(3000n);
    expect(warnings).toEqual(['BytesInPerSec clicks broker 1: 1 of 3 periods of 300 s have no datapoint; they count as no traffic, not stretched over']);
  });

  it('uses --period-seconds when given, and says which series it overlaps', () => {
    const { topics, warnings } = parseCloudWatch(JSON.parse(fixture('cloudwatch-gaps.json')), 600);
    expect(topics.get('clicks')?.total).toBe(54000n);
    expect(warnings).toEqual(['BytesInPerSec orders broker 1: datapoints 300 s apart, shorter than the period of 600 s, so periods overlap and bytes are overcounted']);
  });

  it('refuses single datapoints without a period instead of taking each as a month', () => {
    expect(() => parseCloudWatch(JSON.parse(fixture('cloudwatch.json')))).toThrow(
      "line 1: every series has at most one datapoint, so the period each value averages over is unknown; query with a Period shorter than the window, or give the Period (--period-seconds)",
    );
  });
});

describe('Confluent windows and pages', () => {
  it('averages retained_bytes over the whole window and says a page is missing and what the page covers', () => {
    const { topics, warnings } = parseConfluentMetrics(JSON.parse(fixture('confluent-metrics-retained-paged.json')));
    // Two timestamps in the response. orders: (1e11 + 3e11) / 2; refunds: 8e9 on the second day only, 8e9 / 2.
    expect(topics.get('payments.orders')?.average).toBe(200000000000n);
    expect(topics.get('payments.refunds')?.average).toBe(4000000000n);
    expect(warnings).toEqual([
      'the response has a next_page_token: later pages are missing, so totals may be short; this page holds 2 timestamp(s) from 2024-06-01T00:00:00Z to 2024-06-02T00:00:00Z',
    ]);
  });

  it('warns that a Costs API response with metadata.next is one page, with the dates it covers', () => {
    const { warnings } = parseConfluentCosts(JSON.parse(fixture('confluent-costs-paged.json')));
    expect(warnings).toContain('the response has metadata.next: later pages of costs are missing, so the bill is short; this page covers from 2024-06-01 to 2024-06-04');
  });

  it('refuses a metrics row without its timestamp, naming the row', () => {
    expect(() => parseConfluentMetrics({ data: [{ value: 5, 'metric.topic': 'a' }] })).toThrow('line 1: data[0].timestamp: expected the interval\'s start time, got undefined');
  });
});

describe('bills: rows of a pool summed exactly, rounded once', () => {
  it('gives a semicolon CSV with decimal commas and the same rows as Costs JSON the same cents', () => {
    const csv = parseBillCsv(fixture('bill-semicolon.csv'));
    // egress: 0.005 × 3 = 0.015, rounded once to 2 cents (row by row it would be 1 + 1 + 1 = 3).
    expect(csv.bill).toEqual([
      { pool: 'compute', amountCents: 123456n },
      { pool: 'egress', amountCents: 2n },
    ]);
    expect(csv.warnings).toEqual(['bill lines 3, 4, 5: egress totals 0.015, rounded once to whole cents']);
    expect(parseConfluentCosts(JSON.parse(fixture('confluent-costs-paged.json'))).bill).toEqual([{ pool: 'egress', amountCents: 2n }]);
  });

  it('refuses a decimal-comma amount it cannot read, naming the line and the expected form', () => {
    expect(() => parseBillCsv('pool;amount\ncompute;12.34.5\n')).toThrow('line 2, column amount: expected an amount such as 1234,56, got "12.34.5"');
  });

  it('property: summing a bill’s rows before rounding gives the Costs JSON path’s cents', () => {
    const row = fc.tuple(fc.constantFrom('KAFKA_NUM_CKUS', 'KAFKA_NETWORK_READ', 'KAFKA_STORAGE', 'SUPPORT'), fc.bigInt({ min: 0n, max: 10n ** 11n }));
    const decimal = (micros: bigint) => `${micros / 1000000n}.${(micros % 1000000n).toString().padStart(6, '0')}`;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const csv = parseBillInput(`pool,amount\n${rows.map(([type, micros]) => `${type},${decimal(micros)}`).join('\n')}\n`).bill;
        const json = parseBillInput(JSON.stringify({ data: rows.map(([type, micros]) => ({ line_type: type, amount: decimal(micros) })) })).bill;
        expect(csv).toEqual(json);
      }),
      { seed: 20261204, numRuns: 150 },
    );
  });
});

describe('files as people save them', () => {
  it('accepts a UTF-8 byte-order mark in JSON as in CSV', () => {
    expect(parseUsageInput(fixture('prometheus-query-bom.json'), { field: 'bytesIn' }).topics).toEqual([{ topic: 'orders', bytesIn: 1000n }]);
    expect(parseBillInput('\uFEFF{"data":[{"line_type":"KAFKA_BASE","amount":"1.00"}]}').bill).toEqual([{ pool: 'compute', amountCents: 100n }]);
  });

  it('reads a tab-separated usage CSV and says the separator when a row does not fit', () => {
    expect(parseUsageInput('topic\tbytes_in\norders\t100\n').topics).toEqual([{ topic: 'orders', bytesIn: 100n }]);
    expect(() => parseUsageCsv('topic;bytes_in\norders;100;7\n')).toThrow('line 2: expected 2 fields like the header (separated by semicolons), found 3');
  });
});

describe('numbers are what they say', () => {
  it('refuses a replication factor, partition count or byte count that is not whole, naming the line', () => {
    expect(() => parseUsageCsv('topic,partitions,rf\norders,12,2.5\n')).toThrow('line 2, column rf: expected a whole number, got "2.5"');
    expect(() => parseUsageCsv('topic,partitions\norders,1.5\n')).toThrow('line 2, column partitions: expected a whole number, got "1.5"');
    expect(() => parseUsageCsv('topic,bytes_in\norders,10.5\n')).toThrow('line 2, column bytes_in: expected a whole number, got "10.5"');
    expect(parseUsageCsv('topic,bytes_in\norders,1.5e3\n').topics).toEqual([{ topic: 'orders', bytesIn: 1500n }]);
  });

  it('warns about topic names Kafka would not accept, naming them', () => {
    const long = 'a'.repeat(250);
    const { warnings } = parseUsageInput(`topic,bytes_in\n"orders v2",1\n${long},2\nok.topic_1-x,3\n`);
    expect(warnings).toEqual([
      `2 topic name(s) Kafka would not accept (only a-z, A-Z, 0-9, ".", "_", "-", at most 249 characters): "orders v2", "${'a'.repeat(57)}..."; check the paste`,
    ]);
  });
});

describe('internal topics by default', () => {
  const matcher = new InternalTopicMatcher(DEFAULT_INTERNAL_TOPIC_PATTERNS);

  it('knows what MSK, tiered storage, Cruise Control, MirrorMaker 2, Connect and Strimzi create', () => {
    const created = [
      '__amazon_msk_canary',
      '__amazon_msk_canary_state',
      '__amazon_msk_connect_configs_s3-sink_2a1b',
      '__amazon_msk_connect_offsets_s3-sink_2a1b',
      '__remote_log_metadata',
      '__CruiseControlMetrics',
      '__KafkaCruiseControlPartitionMetricSamples',
      '__KafkaCruiseControlModelTrainingSamples',
      'strimzi.cruisecontrol.metrics',
      'mm2-offset-syncs.target.internal',
      'mm2-configs.source.internal',
      'source.checkpoints.internal',
      'heartbeats',
      'source.heartbeats',
      'connect-cluster-offsets',
      'mirrormaker2-cluster-status',
      '__strimzi_store_topic',
      '__strimzi-topic-operator-kstreams-topic-store-changelog',
    ];
    for (const topic of created) expect(matcher.isInternal(topic), topic).toBe(true);
  });

  it('leaves look-alike application topics alone', () => {
    for (const topic of ['orders.heartbeat', 'mm2-orders', 'checkpoints', 'amazon_msk_orders', 'connect-cluster-orders']) expect(matcher.isInternal(topic), topic).toBe(false);
  });
});

describe('tied leftover cents rotated by billing period', () => {
  // Three topics with equal bytes in share 100 cents: 33 each, one leftover cent, a three-way tie.
  const bill = [{ pool: 'compute' as const, amountCents: 100n }];
  const topics = ['a', 'b', 'c'].map((topic) => ({ topic, bytesIn: 7n, bytesOut: 0n }));
  const winner = (period: number, tieBreak: 'name' | 'rotate-by-period' = 'rotate-by-period') => {
    const result = allocateCosts({ bill, topics, rules: [], policies: { ...DEFAULT_POLICIES, tieBreak, tieBreakPeriod: period } });
    expect(reconcileWithBill(result.lines, bill).exact).toBe(true);
    return result.lines.filter((line) => line.roundingAdjCents === 1).map((line) => line.topic);
  };

  it('gives the tied cent to a, b, c in turn over three periods, and to a every period by name', () => {
    expect([0, 1, 2, 3].map((period) => winner(period))).toEqual([['a'], ['b'], ['c'], ['a']]);
    expect([0, 1, 2].map((period) => winner(period, 'name'))).toEqual([['a'], ['a'], ['a']]);
  });

  it('states the rule on the result', () => {
    const result = allocateCosts({ bill, topics, rules: [], policies: { ...DEFAULT_POLICIES, tieBreak: 'rotate-by-period', tieBreakPeriod: 4 } });
    expect(result.policies.find((statement) => statement.policy === 'tieBreak')?.meaning).toMatch(/tied remainders go by name order started at position 4 mod the number of recipients \(billing period 4\)/);
  });
});
