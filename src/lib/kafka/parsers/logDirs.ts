import type { TopicUsage } from '../attribution/model';
import { isRecord, jsonSyntaxError, ParseError, shown, type ProgressCallback } from './parseError';
import type { UsageParse } from './usageCsv';

export const LOG_DIRS_HEADER = 'Querying brokers for log directories information';

export interface LogDirsSnapshot {
  readonly json: unknown;
  /** Line of the JSON's first character, for error messages. */
  readonly firstLine: number;
}

/**
 * Splits the human header lines from the JSON and parses it. Several runs pasted one after the
 * other (snapshots over the billing period) give one snapshot each: every JSON document starts a
 * line with `{`, as kafka-log-dirs.sh prints it.
 */
export function readLogDirsSnapshots(text: string): LogDirsSnapshot[] {
  const starts: number[] = [];
  if (text.startsWith('{')) starts.push(0);
  for (let at = text.indexOf('\n{'); at >= 0; at = text.indexOf('\n{', at + 2)) starts.push(at + 1);
  // Indented or otherwise unusual pastes: the JSON starts at the first brace.
  if (starts.length === 0 && text.includes('{')) starts.push(text.indexOf('{'));
  if (starts.length === 0) throw new ParseError('line 1: expected the JSON line that kafka-log-dirs.sh prints after its two header lines');
  let line = 1;
  let counted = 0;
  return starts.map((start, i) => {
    line += countNewlines(text, counted, start);
    counted = start;
    const segment = text.slice(start, starts[i + 1] ?? text.length);
    // Drop the next run's header lines after this document's closing brace.
    const body = segment.slice(0, segment.lastIndexOf('}') + 1) || segment;
    try {
      return { json: JSON.parse(body), firstLine: line };
    } catch (error) {
      throw jsonSyntaxError(body, error, line);
    }
  });
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Several kafka-log-dirs snapshots as one time average (docs/method/kafka-cost-attribution.md §6.1: s̄ = byte-hours / H), taking
 * the snapshots as evenly spaced over the period: per topic, the mean of its replicated bytes and
 * of its partition count, a topic missing from a snapshot counting 0 there, and the peak bytes for
 * the window-max driver. One snapshot is itself.
 */
export function parseLogDirsSnapshots(snapshots: readonly LogDirsSnapshot[], onProgress?: ProgressCallback): UsageParse {
  if (snapshots.length === 1) return parseLogDirs(snapshots[0]!.json, snapshots[0]!.firstLine, onProgress);
  const count = BigInt(snapshots.length);
  const totals = new Map<string, { bytes: bigint; peak: bigint; partitions: bigint }>();
  const warnings: string[] = [];
  snapshots.forEach((snapshot, i) => {
    const parsed = parseLogDirs(snapshot.json, snapshot.firstLine, onProgress && ((fraction) => onProgress((i + fraction) / snapshots.length)));
    for (const usage of parsed.topics) {
      const total = totals.get(usage.topic) ?? { bytes: 0n, peak: 0n, partitions: 0n };
      total.bytes += usage.replicatedBytes!;
      if (usage.replicatedBytes! > total.peak) total.peak = usage.replicatedBytes!;
      total.partitions += usage.partitions!;
      totals.set(usage.topic, total);
    }
    warnings.push(...parsed.warnings.map((warning) => `snapshot ${i + 1} (line ${snapshot.firstLine}): ${warning}`));
  });
  warnings.unshift(`averaged ${snapshots.length} kafka-log-dirs snapshots, taken as evenly spaced over the period; a topic missing from a snapshot counts as 0 bytes there`);
  const mean = (sum: bigint) => (2n * sum + count) / (2n * count);
  const topics: TopicUsage[] = [...totals].map(([topic, total]) => ({
    topic,
    replicatedBytes: mean(total.bytes),
    replicatedBytesMax: total.peak,
    partitions: mean(total.partitions),
  }));
  return { topics, warnings };
}

/**
 * `kafka-log-dirs.sh --describe` output: replicated local bytes and partition count per topic.
 * The topic is the partition name up to its last `-`; isFuture replicas (intra-broker moves in
 * progress) are excluded; log dirs reporting an error are skipped with a warning (docs/method/kafka-cost-attribution.md §6.1).
 */
export function parseLogDirs(json: unknown, firstLine: number, onProgress?: ProgressCallback): UsageParse {
  const at = `line ${firstLine}`;
  if (!isRecord(json) || !Array.isArray(json['brokers'])) {
    throw new ParseError(`${at}: expected {"brokers": [...], "version": 1} from kafka-log-dirs.sh`);
  }
  const brokers = json['brokers'];
  const bytes = new Map<string, bigint>();
  const partitions = new Map<string, Set<string>>();
  const warnings: string[] = [];
  let future = 0;
  brokers.forEach((broker: unknown, b) => {
    const where = `brokers[${b}]`;
    if (!isRecord(broker) || !Array.isArray(broker['logDirs'])) throw new ParseError(`${at}: ${where}: expected an object with a "logDirs" list`);
    broker['logDirs'].forEach((dir: unknown, d) => {
      const dirWhere = `${where}.logDirs[${d}]`;
      if (!isRecord(dir)) throw new ParseError(`${at}: ${dirWhere}: expected an object`);
      if (dir['error'] !== null && dir['error'] !== undefined) {
        warnings.push(`broker ${shown(broker['broker'])} log dir ${shown(dir['logDir'])} reported ${shown(dir['error'])}; skipped`);
        return;
      }
      if (!Array.isArray(dir['partitions'])) throw new ParseError(`${at}: ${dirWhere}.partitions: expected a list`);
      dir['partitions'].forEach((replica: unknown, p) => {
        const replicaWhere = `${dirWhere}.partitions[${p}]`;
        if (!isRecord(replica)) throw new ParseError(`${at}: ${replicaWhere}: expected an object`);
        const name = replica['partition'];
        const size = replica['size'];
        if (typeof name !== 'string') throw new ParseError(`${at}: ${replicaWhere}.partition: expected "<topic>-<n>", got ${shown(name)}`);
        const dash = name.lastIndexOf('-');
        if (dash <= 0 || !/^\d+$/.test(name.slice(dash + 1))) {
          throw new ParseError(`${at}: ${replicaWhere}.partition: expected "<topic>-<n>", got ${shown(name)}`);
        }
        if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
          throw new ParseError(`${at}: ${replicaWhere}.size: expected a whole number of bytes, got ${shown(size)}`);
        }
        if (replica['isFuture'] === true) {
          future++;
          return;
        }
        const topic = name.slice(0, dash);
        bytes.set(topic, (bytes.get(topic) ?? 0n) + BigInt(size));
        let set = partitions.get(topic);
        if (!set) {
          set = new Set();
          partitions.set(topic, set);
        }
        set.add(name.slice(dash + 1));
      });
    });
    onProgress?.((b + 1) / brokers.length);
  });
  if (future > 0) warnings.push(`${future} future replica(s) (isFuture: true, a move in progress) excluded`);
  if (bytes.size === 0) throw new ParseError(`${at}: the log-dirs output lists no partitions`);
  const topics: TopicUsage[] = [...bytes].map(([topic, replicatedBytes]) => ({
    topic,
    replicatedBytes,
    partitions: BigInt(partitions.get(topic)!.size),
  }));
  return { topics, warnings };
}
