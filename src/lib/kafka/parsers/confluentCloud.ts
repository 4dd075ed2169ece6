import { parseCount, parseScaledDecimal } from '../attribution/exactNumbers';
import type { BillPool } from '../attribution/model';
import type { PoolId } from '../attribution/pools';
import type { BillParse } from './billCsv';
import { MetricAccumulator, type MetricParse } from './metricTotals';
import { isRecord, ParseError, shown } from './parseError';
import { poolForName } from './poolNames';

/**
 * Confluent Cloud Metrics API response grouped by `metric.topic`
 * (`received_bytes`, `sent_bytes`, `retained_bytes`): rows are summed (counters) or averaged over
 * timestamps (the retained gauge) per topic (docs/method/kafka-cost-attribution.md §6.5).
 */
export function parseConfluentMetrics(json: unknown): MetricParse {
  if (!isRecord(json) || !Array.isArray(json['data'])) throw new ParseError('line 1: expected {"data": [...]} from the Confluent Metrics API');
  const metrics = new MetricAccumulator();
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
    metrics.add(topic, typeof row['timestamp'] === 'string' ? row['timestamp'] : `row-${index}`, value.value);
  });
  const warnings: string[] = [];
  if (dropped > 0) warnings.push(`${dropped} row(s) without "metric.topic" dropped (group the query by metric.topic)`);
  if (metrics.size === 0) throw new ParseError('line 1: no rows with "metric.topic" found; group the query by metric.topic');
  if (json['meta'] && isRecord(json['meta']) && isRecord(json['meta']['pagination']) && json['meta']['pagination']['next_page_token']) {
    warnings.push('the response has a next_page_token: later pages are missing, so totals may be short');
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

function roundMicrosToCents(micros: bigint): bigint {
  const negative = micros < 0n;
  const magnitude = negative ? -micros : micros;
  const cents = (magnitude + 5000n) / 10000n;
  return negative ? -cents : cents;
}

function formatMicros(micros: bigint): string {
  const negative = micros < 0n;
  const magnitude = negative ? -micros : micros;
  const fraction = (magnitude % 1000000n).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${negative ? '-' : ''}${magnitude / 1000000n}.${fraction}`;
}
