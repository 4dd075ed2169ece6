import type { TopicUsage } from '../attribution/model';
import { isRecord, jsonSyntaxError, ParseError, shown, type ProgressCallback } from './parseError';
import type { UsageParse } from './usageCsv';

export const LOG_DIRS_HEADER = 'Querying brokers for log directories information';

/** Splits the human header lines from the JSON line and parses the JSON. */
export function readLogDirsJson(text: string): { json: unknown; firstLine: number } {
  const start = text.indexOf('{');
  if (start < 0) throw new ParseError('line 1: expected the JSON line that kafka-log-dirs.sh prints after its two header lines');
  const firstLine = text.slice(0, start).split('\n').length;
  const body = text.slice(start);
  try {
    return { json: JSON.parse(body), firstLine };
  } catch (error) {
    throw jsonSyntaxError(body, error, firstLine);
  }
}

/**
 * `kafka-log-dirs.sh --describe` output: replicated local bytes and partition count per topic.
 * The topic is the partition name up to its last `-`; isFuture replicas (intra-broker moves in
 * progress) are excluded; log dirs reporting an error are skipped with a warning (reference §3.1).
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
