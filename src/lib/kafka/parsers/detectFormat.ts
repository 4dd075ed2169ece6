import { isRecord, jsonSyntaxError, ParseError } from './parseError';
import { csvDelimiter } from './csvRows';
import { LOG_DIRS_HEADER, readLogDirsSnapshots, type LogDirsSnapshot } from './logDirs';

export type InputFormat =
  | 'usage-csv'
  | 'bill-csv'
  | 'log-dirs'
  | 'topics-describe'
  | 'consumer-groups'
  | 'prometheus-json'
  | 'prometheus-text'
  | 'confluent-metrics'
  | 'confluent-costs'
  | 'cloudwatch';

export const FORMAT_NAMES: Record<InputFormat, string> = {
  'usage-csv': 'Usage CSV',
  'bill-csv': 'Bill CSV',
  'log-dirs': 'kafka-log-dirs.sh --describe',
  'topics-describe': 'kafka-topics.sh --describe',
  'consumer-groups': 'kafka-consumer-groups.sh --describe',
  'prometheus-json': 'Prometheus query result (JSON)',
  'prometheus-text': 'Prometheus exposition text',
  'confluent-metrics': 'Confluent Cloud Metrics API (JSON)',
  'confluent-costs': 'Confluent Cloud Costs API (JSON)',
  cloudwatch: 'AWS CloudWatch get-metric-data (JSON)',
};

export interface Detected {
  readonly format: InputFormat;
  /** The parsed JSON, so a 20 MB paste is parsed once. */
  readonly json?: unknown;
  /** Line of the JSON's first character, for error messages. */
  readonly firstLine: number;
  /** kafka-log-dirs: each run pasted, parsed. */
  readonly snapshots?: readonly LogDirsSnapshot[];
}

/** Recognises a paste by its shape; throws a ParseError listing what it accepts when nothing fits. */
export function detectFormat(input: string): Detected {
  const text = withoutByteOrderMark(input);
  const trimmed = text.trimStart();
  if (trimmed === '') throw new ParseError('line 1: the input is empty');
  if (trimmed.startsWith(LOG_DIRS_HEADER) || trimmed.startsWith('Received log directory information')) {
    const snapshots = readLogDirsSnapshots(text);
    return { format: 'log-dirs', firstLine: snapshots[0]!.firstLine, snapshots };
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // kafka-log-dirs JSON lines from several runs, without their header lines.
      const snapshots = text.includes('\n{') ? logDirsRuns(text) : undefined;
      if (snapshots) return { format: 'log-dirs', firstLine: snapshots[0]!.firstLine, snapshots };
      throw jsonSyntaxError(text, error);
    }
    return { format: jsonFormat(json), json, firstLine: 1 };
  }
  const firstLine = trimmed.slice(0, trimmed.search(/\r?\n|$/)).trim();
  if (/^Topic:\s*\S+/.test(firstLine) && /PartitionCount:/.test(text)) return { format: 'topics-describe', firstLine: 1 };
  if (/^GROUP\s+TOPIC\s+PARTITION\b/.test(firstLine) || /^Consumer group '/.test(firstLine)) return { format: 'consumer-groups', firstLine: 1 };
  if (firstLine.startsWith('#') || /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})?\s+[-+.0-9eEInfNa]+(\s+-?\d+)?$/.test(firstLine)) {
    return { format: 'prometheus-text', firstLine: 1 };
  }
  const header = firstLine.toLowerCase().split(csvDelimiter(firstLine)).map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (header.includes('topic')) return { format: 'usage-csv', firstLine: 1 };
  if (header.includes('pool')) return { format: 'bill-csv', firstLine: 1 };
  throw new ParseError(
    `line 1: cannot tell what this is. Expected a usage CSV (topic,bytes_in,...), a bill CSV (pool,amount), kafka-log-dirs, kafka-topics or kafka-consumer-groups --describe output, Prometheus JSON or text, Confluent Metrics or Costs API JSON, or CloudWatch get-metric-data JSON`,
  );
}

/** Spreadsheet and Windows tools start UTF-8 files with a byte-order mark; JSON.parse refuses it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The runs of a paste of several kafka-log-dirs JSON lines, or undefined when it is something else. */
function logDirsRuns(text: string): LogDirsSnapshot[] | undefined {
  try {
    const snapshots = readLogDirsSnapshots(text);
    return snapshots.every((snapshot) => isRecord(snapshot.json) && Array.isArray(snapshot.json['brokers'])) ? snapshots : undefined;
  } catch {
    return undefined;
  }
}

function jsonFormat(json: unknown): InputFormat {
  if (isRecord(json)) {
    if (Array.isArray(json['brokers'])) return 'log-dirs';
    if (Array.isArray(json['MetricDataResults'])) return 'cloudwatch';
    if (isRecord(json['data']) && 'result' in json['data']) return 'prometheus-json';
    if ('status' in json && !Array.isArray(json['data'])) return 'prometheus-json';
    if (Array.isArray(json['data'])) {
      const first: unknown = json['data'][0];
      if (isRecord(first) && 'line_type' in first) return 'confluent-costs';
      if (isRecord(first) && ('metric.topic' in first || 'value' in first)) return 'confluent-metrics';
      if (first === undefined) throw new ParseError('line 1: the "data" list is empty');
    }
  }
  if (Array.isArray(json) && isRecord(json[0]) && 'line_type' in json[0]) return 'confluent-costs';
  throw new ParseError(
    'line 1: this JSON is not one of the supported shapes: kafka-log-dirs ({"brokers": …}), Prometheus ({"status", "data": {"result"}}), Confluent Metrics ({"data": [{"metric.topic", "value"}]}), Confluent Costs ({"data": [{"line_type", "amount"}]}) or CloudWatch ({"MetricDataResults": …})',
  );
}
