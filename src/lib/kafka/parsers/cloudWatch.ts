import { parseScaledDecimal } from '../attribution/exactNumbers';
import { MetricAccumulator, type MetricParse } from './metricTotals';
import { isRecord, ParseError, shown } from './parseError';

/** A month is 730 hours (the site's unit convention), used when the paste does not show the period. */
export const DEFAULT_PERIOD_SECONDS = 730 * 3600;

/**
 * AWS CloudWatch `get-metric-data` output for MSK `BytesInPerSec` / `BytesOutPerSec` per topic and
 * broker. Each value is an average rate over one period, so bytes = value × period seconds,
 * summed over datapoints and brokers (docs/method/kafka-cost-attribution.md §6.7). The period comes from the spacing of the
 * timestamps, else from `periodSeconds`. CloudWatch does not echo dimensions, so the topic is read
 * from the Label: `BytesInPerSec <topic> [broker <n>]`, or a Label that is just the topic name.
 */
export function parseCloudWatch(json: unknown, periodSeconds?: number): MetricParse {
  if (!isRecord(json) || !Array.isArray(json['MetricDataResults'])) {
    throw new ParseError('line 1: expected {"MetricDataResults": [...]} from aws cloudwatch get-metric-data');
  }
  const warnings: string[] = [];
  const metrics = new MetricAccumulator();
  let assumedPeriod = false;
  json['MetricDataResults'].forEach((result: unknown, index) => {
    const where = `MetricDataResults[${index}]`;
    if (!isRecord(result)) throw new ParseError(`line 1: ${where}: expected an object`);
    const label = typeof result['Label'] === 'string' ? result['Label'].trim() : '';
    const topic = topicFromLabel(label);
    if (!topic) {
      throw new ParseError(`line 1: ${where}.Label: cannot find a topic in ${shown(label)}; set each query's Label to "BytesInPerSec <topic> broker <n>" or to the topic name`);
    }
    const values = result['Values'];
    const timestamps = result['Timestamps'];
    if (!Array.isArray(values) || !Array.isArray(timestamps) || values.length !== timestamps.length) {
      throw new ParseError(`line 1: ${where}: expected "Values" and "Timestamps" lists of the same length`);
    }
    if (result['StatusCode'] !== undefined && result['StatusCode'] !== 'Complete') {
      warnings.push(`${label}: StatusCode ${shown(result['StatusCode'])}, the data may be incomplete`);
    }
    let period = spacingSeconds(timestamps);
    if (period === undefined) {
      period = periodSeconds ?? DEFAULT_PERIOD_SECONDS;
      if (periodSeconds === undefined) assumedPeriod = true;
    }
    values.forEach((value: unknown, v) => {
      const rate = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? parseScaledDecimal(String(value), 6) : undefined;
      if (!rate) throw new ParseError(`line 1: ${where}.Values[${v}]: expected a non-negative rate in bytes per second, got ${shown(value)}`);
      const bytes = (rate.value * BigInt(period) + 500000n) / 1000000n;
      metrics.add(topic, String(timestamps[v]), bytes);
    });
  });
  if (assumedPeriod) warnings.push(`CloudWatch: one datapoint per query, so each is taken as the average over ${DEFAULT_PERIOD_SECONDS} s (730 hours); give the period if it differs`);
  if (metrics.size === 0) throw new ParseError('line 1: MetricDataResults is empty');
  return { topics: metrics.totals(), warnings };
}

function topicFromLabel(label: string): string | undefined {
  const parts = label.split(/\s+/).filter((part) => part !== '');
  if (parts.length === 1 && !/PerSec$/.test(parts[0]!)) return parts[0];
  if (parts.length >= 2 && /PerSec$/.test(parts[0]!)) return parts[1];
  return undefined;
}

function spacingSeconds(timestamps: unknown[]): number | undefined {
  if (timestamps.length < 2) return undefined;
  const times = timestamps.map((t) => (typeof t === 'string' ? Date.parse(t) : NaN)).filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  let smallest = Infinity;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i]! - times[i - 1]!;
    if (gap > 0 && gap < smallest) smallest = gap;
  }
  return Number.isFinite(smallest) ? Math.round(smallest / 1000) : undefined;
}
