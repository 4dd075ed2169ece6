import type { TopicUsage } from '../attribution/model';
import { ParseError } from './parseError';
import type { UsageParse } from './usageCsv';

/**
 * `kafka-consumer-groups.sh --describe --all-groups`: the distinct consumer groups per topic, as a
 * count (fan-out, docs/method/kafka-cost-attribution.md §6.3) and by name (for consumer-pays egress). The tool prints a header per group and notes such as
 * "Consumer group 'x' has no active members."; both are skipped.
 */
export function parseConsumerGroups(text: string): UsageParse {
  const groups = new Map<string, Set<string>>();
  let columns: { group: number; topic: number; width: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const cells = raw.trim().split(/\s+/);
    if (raw.trim() === '' || /^Consumer group '.*'/.test(raw.trim())) return;
    if (cells[0] === 'GROUP') {
      const group = cells.indexOf('GROUP');
      const topic = cells.indexOf('TOPIC');
      if (topic < 0) throw new ParseError(`line ${line}: expected a TOPIC column in the header, got "${raw.trim()}"`);
      columns = { group, topic, width: cells.length };
      return;
    }
    if (!columns) throw new ParseError(`line ${line}: expected the "GROUP TOPIC PARTITION ..." header before the rows`);
    const group = cells[columns.group];
    const topic = cells[columns.topic];
    if (!group || !topic || topic === '-') {
      throw new ParseError(`line ${line}: expected a group and a topic in the GROUP and TOPIC columns, got "${raw.trim()}"`);
    }
    let set = groups.get(topic);
    if (!set) {
      set = new Set();
      groups.set(topic, set);
    }
    set.add(group);
  });
  if (groups.size === 0) throw new ParseError('line 1: no consumer group rows found');
  const topics: TopicUsage[] = [...groups].map(([topic, set]) => ({ topic, consumerGroups: BigInt(set.size), consumers: [...set].sort() }));
  return { topics, warnings: [] };
}
