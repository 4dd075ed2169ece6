import type { TopicUsage } from '../attribution/model';

/**
 * Merges usage from several sources into one row per topic: a later source's field replaces an
 * earlier one's, with a warning, so an explicit driver file wins over the usage CSV.
 */
export function mergeUsage(sources: readonly { label: string; topics: readonly TopicUsage[] }[]): { topics: TopicUsage[]; warnings: string[] } {
  const merged = new Map<string, Record<string, unknown>>();
  const warnings: string[] = [];
  for (const source of sources) {
    let replaced = 0;
    for (const usage of source.topics) {
      let row = merged.get(usage.topic);
      if (!row) {
        row = { topic: usage.topic };
        merged.set(usage.topic, row);
      }
      for (const [key, value] of Object.entries(usage)) {
        if (key === 'topic' || value === undefined) continue;
        if (row[key] !== undefined && !sameValue(row[key], value)) replaced++;
        row[key] = value;
      }
    }
    if (replaced > 0) warnings.push(`${source.label}: replaced ${replaced} value(s) given by an earlier source`);
  }
  return { topics: [...merged.values()] as unknown as TopicUsage[], warnings };
}

/** Equal values; lists (consumer group names) are equal when they hold the same names in order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}
