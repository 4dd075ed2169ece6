import { parseScaledDecimal } from '../attribution/exactNumbers';
import { MetricAccumulator, type MetricParse } from './metricTotals';
import { isRecord, ParseError, shown } from './parseError';

interface CloudWatchSeries {
  readonly label: string;
  readonly topic: string;
  readonly where: string;
  readonly values: unknown[];
  readonly timestamps: unknown[];
  /** Sorted epoch milliseconds of the readable timestamps. */
  readonly times: number[];
}

/**
 * AWS CloudWatch `get-metric-data` output for MSK `BytesInPerSec` / `BytesOutPerSec` per topic and
 * broker. Each value is an average rate over one period, so bytes = value × period seconds,
 * summed over datapoints and brokers (docs/method/kafka-cost-attribution.md §6.7). The period is
 * `periodSeconds` when given, else the smallest spacing between timestamps anywhere in the
 * response (one period for every series, so a series with gaps is not stretched over them); a
 * response where every series has one datapoint is refused rather than taken as a month.
 * CloudWatch does not echo dimensions, so the topic is read from the Label:
 * `BytesInPerSec <topic> [broker <n>]`, or a Label that is just the topic name.
 */
export function parseCloudWatch(json: unknown, periodSeconds?: number): MetricParse {
  if (!isRecord(json) || !Array.isArray(json['MetricDataResults'])) {
    throw new ParseError('line 1: expected {"MetricDataResults": [...]} from aws cloudwatch get-metric-data');
  }
  const warnings: string[] = [];
  const series = json['MetricDataResults'].map((result: unknown, index) => readSeries(result, index, warnings));
  if (series.length === 0) throw new ParseError('line 1: MetricDataResults is empty');
  const period = periodSeconds ?? responsePeriod(series);
  warnings.push(...gapWarnings(series, period));
  const metrics = new MetricAccumulator();
  for (const entry of series) {
    entry.values.forEach((value: unknown, v) => {
      const rate = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? parseScaledDecimal(String(value), 6) : undefined;
      if (!rate) throw new ParseError(`line 1: ${entry.where}.Values[${v}]: expected a non-negative rate in bytes per second, got ${shown(value)}`);
      const bytes = (rate.value * BigInt(period) + 500000n) / 1000000n;
      metrics.add(entry.topic, String(entry.timestamps[v]), bytes);
    });
  }
  return { topics: metrics.totals(), warnings };
}

function readSeries(result: unknown, index: number, warnings: string[]): CloudWatchSeries {
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
  const times = timestamps.map((t) => (typeof t === 'string' ? Date.parse(t) : NaN)).filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  return { label, topic, where, values, timestamps, times };
}

/** The smallest spacing between two timestamps of any one series: the query's Period. */
function responsePeriod(series: readonly CloudWatchSeries[]): number {
  let smallest = Infinity;
  for (const { times } of series) {
    for (let i = 1; i < times.length; i++) {
      const gap = times[i]! - times[i - 1]!;
      if (gap > 0 && gap < smallest) smallest = gap;
    }
  }
  if (!Number.isFinite(smallest)) {
    throw new ParseError('line 1: every series has at most one datapoint, so the period each value averages over is unknown; query with a Period shorter than the window, or give the Period (--period-seconds)');
  }
  return Math.round(smallest / 1000);
}

/** Series whose datapoints are further apart than one period: the missing periods count as no traffic. */
function gapWarnings(series: readonly CloudWatchSeries[], period: number): string[] {
  const warnings: string[] = [];
  for (const { label, times } of series) {
    if (times.length < 2) continue;
    const spanned = Math.round((times[times.length - 1]! - times[0]!) / 1000 / period) + 1;
    const closest = Math.min(...times.slice(1).map((t, i) => t - times[i]!).filter((gap) => gap > 0));
    if (spanned > times.length) {
      warnings.push(`${label}: ${spanned - times.length} of ${spanned} periods of ${period} s have no datapoint; they count as no traffic, not stretched over`);
    } else if (Number.isFinite(closest) && closest / 1000 < period) {
      warnings.push(`${label}: datapoints ${Math.round(closest / 1000)} s apart, shorter than the period of ${period} s, so periods overlap and bytes are overcounted`);
    }
  }
  return warnings;
}

function topicFromLabel(label: string): string | undefined {
  const parts = label.split(/\s+/).filter((part) => part !== '');
  if (parts.length === 1 && !/PerSec$/.test(parts[0]!)) return parts[0];
  if (parts.length >= 2 && /PerSec$/.test(parts[0]!)) return parts[1];
  return undefined;
}
