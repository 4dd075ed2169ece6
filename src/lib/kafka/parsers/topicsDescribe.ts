import type { TopicUsage } from '../attribution/model';
import { ParseError } from './parseError';
import type { UsageParse } from './usageCsv';

const FIELD = (name: string) => new RegExp(`(?:^|\\s)${name}:\\s*(\\S+)`);
const TOPIC = FIELD('Topic');
const PARTITION_COUNT = FIELD('PartitionCount');
const REPLICATION_FACTOR = FIELD('ReplicationFactor');

/**
 * `kafka-topics.sh --describe`: partitions and replication factor from each topic's header line.
 * Per-partition lines (indented, with `Partition:`) are skipped, whatever extra fields newer
 * versions append (docs/method/kafka-cost-attribution.md §6.2).
 */
export function parseTopicsDescribe(text: string): UsageParse {
  const topics: TopicUsage[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (/^\s/.test(raw) || /\bPartition:\s/.test(raw)) return;
    if (!raw.startsWith('Topic:')) {
      skipped++;
      return;
    }
    const topic = TOPIC.exec(raw)?.[1];
    const partitions = PARTITION_COUNT.exec(raw)?.[1];
    const rf = REPLICATION_FACTOR.exec(raw)?.[1];
    if (!topic) throw new ParseError(`line ${line}: expected "Topic: <name>"`);
    if (!partitions || !/^\d+$/.test(partitions)) {
      throw new ParseError(`line ${line}: expected "PartitionCount: <number>" for topic ${topic}, got ${partitions ?? 'nothing'}`);
    }
    if (!rf || !/^[1-9]\d*$/.test(rf)) {
      throw new ParseError(`line ${line}: expected "ReplicationFactor: <number>" for topic ${topic}, got ${rf ?? 'nothing'}`);
    }
    const earlier = seen.get(topic);
    if (earlier !== undefined) throw new ParseError(`line ${line}: topic ${topic} is already described on line ${earlier}`);
    seen.set(topic, line);
    topics.push({ topic, partitions: BigInt(partitions), replicationFactor: BigInt(rf) });
  });
  if (topics.length === 0) throw new ParseError('line 1: no "Topic: … PartitionCount: … ReplicationFactor: …" header lines found');
  const warnings = skipped > 0 ? [`kafka-topics output: ${skipped} line(s) that are not topic descriptions were skipped`] : [];
  return { topics, warnings };
}
