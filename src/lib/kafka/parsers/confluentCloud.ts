import { parseCount, parseScaledDecimal } from '../attribution/exactNumbers';
import type { BillPool } from '../attribution/model';
import type { PoolId } from '../attribution/pools';
import type { BillParse } from './billCsv';
import { MetricAccumulator, type MetricParse } from './metricTotals';
import { isRecord, ParseError, shown } from './parseError';
import { formatMicros, roundMicrosToCents } from './money';
import { poolForName } from './poolNames';

/**
 * Confluent Cloud Metrics API response grouped by `metric.topic`
 * (`received_bytes`, `sent_bytes`, `retained_bytes`): rows are summed (counters) or averaged over
 * every timestamp of the response, a topic without a row at a timestamp counting 0 there (the
 * retained gauge), per topic (docs/method/kafka-cost-attribution.md §6.5). A response with a
 * `next_page_token` is one page of several: the warning says what span of time it holds.
 */
export function parseConfluentMetrics(json: unknown): MetricParse {
  if (!isRecord(json) || !Array.isArray(json['data'])) throw new ParseError('line 1: expected {"data": [...]} from the Confluent Metrics API');
  const metrics = new MetricAccumulator();
  const times: string[] = [];
  let dropped = 0;
  json['data'].forEach((row: unknown, index) => {
    const where = `data[${index}]`;
    if (!isRecord(row)) throw new ParseError(`line 1: ${where}: expected an object`);
    const topic = row['metric.topic'];
    if (typeof topic !== 'string' || topic === '') {
      dropped++;
      return;
    }
    const raw = row['value'];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? parseCount(String(raw)) : undefined;
    if (!value) throw new ParseError(`line 1: ${where}.value: expected a non-negative number, got ${shown(raw)}`);
    const timestamp = row['timestamp'];
    if (typeof timestamp !== 'string' || timestamp === '') throw new ParseError(`line 1: ${where}.timestamp: expected the interval's start time, got ${shown(timestamp)}`);
    metrics.add(topic, timestamp, value.value);
    times.push(timestamp);
  });
  const warnings: string[] = [];
  if (dropped > 0) warnings.push(`${dropped} row(s) without "metric.topic" dropped (group the query by metric.topic)`);
  if (metrics.size === 0) throw new ParseError('line 1: no rows with "metric.topic" found; group the query by metric.topic');
  if (json['meta'] && isRecord(json['meta']) && isRecord(json['meta']['pagination']) && json['meta']['pagination']['next_page_token']) {
    warnings.push(`the response has a next_page_token: later pages are missing, so totals may be short; this page holds ${metrics.timestampCount} timestamp(s)${spanOf(times)}`);
  }
  return { topics: metrics.totals(), warnings };
}

/** Confluent line types that are not the Kafka cluster itself; they stay out of the allocation. */
const OUT_OF_SCOPE = /^(CONNECT|KSQL|FLINK|SCHEMA_REGISTRY|CLUSTER_LINKING|CUSTOM_CONNECT|GOVERNANCE_ADVANCED|STREAM_GOVERNANCE)/;

/**
 * Confluent Costs API (`/billing/v1/costs`, or `confluent billing cost list -o json`): daily rows
 * summed per pool by `line_type`, using `amount` (after discounts).
 */
export function parseConfluentCosts(json: unknown): BillParse {
  const rows = isRecord(json) && Array.isArray(json['data']) ? json['data'] : Array.isArray(json) ? json : undefined;
  if (!rows) throw new ParseError('line 1: expected {"data": [...]} from the Confluent Costs API');
  const dates: string[] = [];
  const micros = new Map<PoolId, bigint>();
  const skipped = new Map<string, bigint>();
  const clusters = new Set<string>();
  rows.forEach((row: unknown, index) => {
    const where = `data[${index}]`;
    if (!isRecord(row)) throw new ParseError(`line 1: ${where}: expected an object`);
    const lineType = row['line_type'];
    if (typeof lineType !== 'string') throw new ParseError(`line 1: ${where}.line_type: expected a string such as "KAFKA_STORAGE", got ${shown(lineType)}`);
    const raw = row['amount'];
    const amount = typeof raw === 'string' || typeof raw === 'number' ? parseScaledDecimal(String(raw), 6) : undefined;
    if (!amount) throw new ParseError(`line 1: ${where}.amount: expected an amount, got ${shown(raw)}`);
    for (const field of ['start_date', 'end_date']) if (typeof row[field] === 'string') dates.push(row[field]);
    const pool = OUT_OF_SCOPE.test(lineType) ? undefined : poolForName(lineType);
    if (!pool) {
      skipped.set(lineType, (skipped.get(lineType) ?? 0n) + amount.value);
      return;
    }
    micros.set(pool, (micros.get(pool) ?? 0n) + amount.value);
    // Org-level lines (support, credits) name the organisation; only cluster lines say which cluster.
    const resource = row['resource'];
    if (lineType.startsWith('KAFKA_') && isRecord(resource) && typeof resource['id'] === 'string') clusters.add(resource['id']);
  });
  const warnings: string[] = [];
  for (const [lineType, total] of skipped) {
    warnings.push(`${lineType} (${formatMicros(total)}) is not a Kafka cluster cost and is left out`);
  }
  if (isRecord(json) && isRecord(json['metadata']) && json['metadata']['next']) {
    warnings.push(`the response has metadata.next: later pages of costs are missing, so the bill is short; this page covers${spanOf(dates) || ' an unknown span'}`);
  }
  if (clusters.size > 1) warnings.push(`the costs cover ${clusters.size} Kafka clusters (${[...clusters].join(', ')}); they are allocated as one`);
  if (micros.size === 0) throw new ParseError('line 1: no Kafka cluster line types (KAFKA_*, SUPPORT, PROMO_CREDIT…) found');
  const bill: BillPool[] = [];
  for (const [pool, total] of micros) {
    // Daily rows carry sub-cent amounts: sum exactly, round once per pool.
    const cents = roundMicrosToCents(total);
    if (cents * 10000n !== total) warnings.push(`${pool}: ${formatMicros(total)} rounded to whole cents`);
    bill.push({ pool, amountCents: cents });
  }
  return { bill, warnings };
}

/** " from A to B" for the earliest and latest of ISO dates or times, or "" when there are none. */
function spanOf(times: readonly string[]): string {
  if (times.length === 0) return '';
  const sorted = [...times].sort();
  return ` from ${sorted[0]} to ${sorted[sorted.length - 1]}`;
}
