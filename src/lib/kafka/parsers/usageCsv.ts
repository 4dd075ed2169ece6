import { parseCount } from '../attribution/exactNumbers';
import type { TopicUsage } from '../attribution/model';
import { readCsv } from './csvRows';
import { ParseError } from './parseError';

type NumericField = Exclude<keyof TopicUsage, 'topic' | 'owner' | 'consumers'>;

/**
 * Column names (and their `_avg` spellings, docs/method/kafka-cost-attribution.md §6.8) to usage fields.
 * A Map, so a column named `constructor` is an unknown column, not a prototype hit.
 */
const COLUMNS = new Map<string, NumericField | 'owner' | 'topic' | 'consumers'>(Object.entries({
  topic: 'topic',
  bytes_in: 'bytesIn',
  records_in: 'recordsIn',
  bytes_out: 'bytesOut',
  retained_bytes: 'retainedBytes',
  retained_bytes_avg: 'retainedBytes',
  replicated_bytes: 'replicatedBytes',
  replicated_bytes_avg: 'replicatedBytes',
  replicated_bytes_max: 'replicatedBytesMax',
  remote_bytes: 'remoteBytes',
  remote_bytes_avg: 'remoteBytes',
  partitions: 'partitions',
  partition_hours: 'partitionHours',
  rf: 'replicationFactor',
  replication_factor: 'replicationFactor',
  consumer_groups: 'consumerGroups',
  owner: 'owner',
  consumers: 'consumers',
} as const));

export interface UsageParse {
  readonly topics: TopicUsage[];
  readonly warnings: string[];
}

/**
 * Usage CSV: `topic,bytes_in,bytes_out,retained_bytes,replicated_bytes,remote_bytes,partitions,rf,
 * consumer_groups,owner`, any column optional or blank except topic. Byte values are in bytes.
 * Optional extras: `records_in` (record-priced ingress), `replicated_bytes_max` (window max),
 * `partition_hours` (partitions × hours alive) and `consumers` (consumer group names separated by `;`, for consumer-pays egress).
 */
export function parseUsageCsv(text: string): UsageParse {
  const { header, rows } = readCsv(text, 'usage');
  const warnings: string[] = [];
  const fields = header.map((name) => COLUMNS.get(name));
  if (!fields.includes('topic')) {
    throw new ParseError(`line 1: the usage CSV needs a "topic" column; found ${header.map((h) => `"${h}"`).join(', ')}`);
  }
  const unknown = header.filter((_, index) => fields[index] === undefined);
  if (unknown.length > 0) warnings.push(`usage CSV: ignored unknown column(s) ${unknown.join(', ')}`);
  const seen = new Map<string, number>();
  const topics: TopicUsage[] = [];
  for (const { line, cells } of rows) {
    const usage: Record<string, unknown> = {};
    cells.forEach((cell, index) => {
      const field = fields[index];
      if (field === undefined || cell === '') return;
      if (field === 'topic' || field === 'owner') {
        usage[field] = cell;
        return;
      }
      if (field === 'consumers') {
        // Consumer group names, separated by semicolons (commas separate the CSV's cells).
        usage[field] = [...new Set(cell.split(';').map((name) => name.trim()).filter((name) => name !== ''))].sort();
        return;
      }
      const parsed = parseCount(cell);
      if (!parsed) throw new ParseError(`line ${line}, column ${header[index]}: expected a non-negative number, got "${cell}"`);
      // Bytes, partitions, replicas and groups are counted, never measured: a fraction is a wrong column or unit.
      if (parsed.rounded) throw new ParseError(`line ${line}, column ${header[index]}: expected a whole number, got "${cell}"`);
      if (field === 'replicationFactor' && parsed.value < 1n) {
        throw new ParseError(`line ${line}, column ${header[index]}: a replication factor is at least 1, got "${cell}"`);
      }
      usage[field] = parsed.value;
    });
    const topic = usage['topic'];
    if (typeof topic !== 'string') throw new ParseError(`line ${line}: the topic is blank`);
    const earlier = seen.get(topic);
    if (earlier !== undefined) throw new ParseError(`line ${line}: topic ${topic} already appears on line ${earlier}`);
    seen.set(topic, line);
    topics.push(usage as unknown as TopicUsage);
  }
  return { topics, warnings };
}
