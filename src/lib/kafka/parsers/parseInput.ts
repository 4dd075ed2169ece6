import type { BillPool, TopicUsage } from '../attribution/model';
import { parseBillCsv } from './billCsv';
import { parseCloudWatch } from './cloudWatch';
import { parseConfluentCosts, parseConfluentMetrics } from './confluentCloud';
import { parseConsumerGroups } from './consumerGroups';
import { detectFormat, FORMAT_NAMES, withoutByteOrderMark, type InputFormat } from './detectFormat';
import { parseLogDirsSnapshots } from './logDirs';
import type { MetricKind, MetricParse } from './metricTotals';
import { ParseError, type ProgressCallback } from './parseError';
import { parsePrometheusJson, parsePrometheusText } from './prometheus';
import { parseTopicsDescribe } from './topicsDescribe';
import { parseUsageCsv } from './usageCsv';

/** A usage field a metric paste can fill. Counters sum over time; gauges average. */
export type MetricField = 'bytesIn' | 'recordsIn' | 'bytesOut' | 'retainedBytes' | 'replicatedBytes' | 'remoteBytes';

export const METRIC_FIELD_NAMES: Record<MetricField, string> = {
  bytesIn: 'bytes in',
  recordsIn: 'records in',
  bytesOut: 'bytes out',
  retainedBytes: 'retained bytes',
  replicatedBytes: 'replicated bytes',
  remoteBytes: 'remote (tiered) bytes',
};

/** Storage fields are gauges by definition (averaged over the window); byte and record fields are counters. */
const GAUGES: ReadonlySet<MetricField> = new Set(['retainedBytes', 'replicatedBytes', 'remoteBytes']);

export function metricKindOf(field: MetricField): MetricKind {
  return GAUGES.has(field) ? 'gauge' : 'counter';
}

export interface ParsedUsage {
  readonly format: InputFormat;
  readonly formatName: string;
  readonly topics: TopicUsage[];
  readonly warnings: string[];
}

export interface ParsedBill {
  readonly format: InputFormat;
  readonly formatName: string;
  readonly bill: BillPool[];
  readonly warnings: string[];
}

export interface UsageOptions {
  /** Which usage field a metric paste measures; required for metric formats. */
  readonly field?: MetricField;
  readonly cloudWatchPeriodSeconds?: number;
  readonly onProgress?: ProgressCallback;
}

/**
 * Parses any supported usage paste (format auto-detected) into per-topic usage. Self-describing
 * formats fill their own fields (log-dirs: replicated bytes and partitions; kafka-topics:
 * partitions and RF; kafka-consumer-groups: consumer groups); metric pastes fill `options.field`.
 */
export function parseUsageInput(input: string, options: UsageOptions = {}): ParsedUsage {
  const text = withoutByteOrderMark(input);
  const detected = detectFormat(text);
  const { format } = detected;
  const named = (result: { topics: TopicUsage[]; warnings: string[] }): ParsedUsage => ({
    format,
    formatName: FORMAT_NAMES[format],
    topics: result.topics,
    warnings: [...result.warnings, ...topicNameWarnings(result.topics)],
  });
  switch (format) {
    case 'usage-csv':
      return named(parseUsageCsv(text));
    case 'topics-describe':
      return named(parseTopicsDescribe(text));
    case 'consumer-groups':
      return named(parseConsumerGroups(text));
    case 'log-dirs': {
      const parsed = parseLogDirsSnapshots(detected.snapshots ?? [{ json: detected.json, firstLine: detected.firstLine }], options.onProgress);
      if (options.field && options.field !== 'replicatedBytes') {
        parsed.warnings.push(`kafka-log-dirs measures replicated local bytes; used as such, not as ${METRIC_FIELD_NAMES[options.field]}`);
      }
      return named(parsed);
    }
    case 'bill-csv':
    case 'confluent-costs':
      throw new ParseError(`line 1: this is a bill (${FORMAT_NAMES[format]}), not usage data`);
    default: {
      if (!options.field) {
        throw new ParseError(`line 1: ${FORMAT_NAMES[format]} holds one metric; say which it is (bytes in, bytes out or retained bytes)`);
      }
      const metrics = parseMetric(format, detected.json, text, options);
      const field = options.field;
      const topics = [...metrics.topics].map(([topic, totals]) => ({
        topic,
        [field]: GAUGES.has(field) ? totals.average : totals.total,
      }));
      return named({ topics, warnings: metrics.warnings });
    }
  }
}

/**
 * Kafka topic names use only ASCII letters, digits, `.`, `_` and `-`, at most 249 characters, and
 * are never `.` or `..` (Kafka's org.apache.kafka.common.internals.Topic). Another name is a paste
 * that was cut, quoted or mangled on the way: say which.
 */
const LEGAL_TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;
const NAMES_SHOWN = 5;

function topicNameWarnings(topics: readonly TopicUsage[]): string[] {
  const bad = topics.map((usage) => usage.topic).filter((topic) => !LEGAL_TOPIC.test(topic) || topic === '.' || topic === '..');
  if (bad.length === 0) return [];
  const shownNames = bad.slice(0, NAMES_SHOWN).map((topic) => JSON.stringify(topic.length > 60 ? `${topic.slice(0, 57)}...` : topic));
  const more = bad.length > NAMES_SHOWN ? ` and ${bad.length - NAMES_SHOWN} more` : '';
  return [`${bad.length} topic name(s) Kafka would not accept (only a-z, A-Z, 0-9, ".", "_", "-", at most 249 characters): ${shownNames.join(', ')}${more}; check the paste`];
}

function parseMetric(format: InputFormat, json: unknown, text: string, options: UsageOptions): MetricParse {
  switch (format) {
    case 'prometheus-json':
      return parsePrometheusJson(json);
    case 'prometheus-text':
      return parsePrometheusText(text, {
        ...(options.field ? { expectedKind: metricKindOf(options.field), fieldName: METRIC_FIELD_NAMES[options.field] } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
    case 'confluent-metrics':
      return parseConfluentMetrics(json);
    case 'cloudwatch':
      return parseCloudWatch(json, options.cloudWatchPeriodSeconds);
    default:
      throw new ParseError(`line 1: ${FORMAT_NAMES[format]} is not a metric format`);
  }
}

/** Parses a bill paste: a bill CSV or Confluent Costs API JSON. */
export function parseBillInput(input: string): ParsedBill {
  const text = withoutByteOrderMark(input);
  const detected = detectFormat(text);
  if (detected.format === 'bill-csv') return { format: 'bill-csv', formatName: FORMAT_NAMES['bill-csv'], ...parseBillCsv(text) };
  if (detected.format === 'confluent-costs') {
    return { format: 'confluent-costs', formatName: FORMAT_NAMES['confluent-costs'], ...parseConfluentCosts(detected.json) };
  }
  throw new ParseError(`line 1: this looks like ${FORMAT_NAMES[detected.format]}, not a bill; expected a bill CSV (pool,amount[,capacity]) or Confluent Costs API JSON`);
}
