/**
 * Kafka's own topics (offsets, transactions, metadata, Schema Registry, Connect storage).
 * Defaults: docs/method/kafka-cost-attribution.md §3.1 (research report, 2026-11-24), from Kafka's
 * internal topic names and Chitragupta's default exclusion globs. Streams `-changelog` and
 * `-repartition` topics belong to their application and are deliberately not listed.
 */
export const DEFAULT_INTERNAL_TOPIC_PATTERNS: readonly string[] = [
  '__consumer_offsets',
  '__transaction_state',
  '__cluster_metadata',
  '__share_group_state',
  '_schemas',
  '_confluent*',
  '__confluent*',
  'connect-configs',
  'connect-offsets',
  'connect-status',
];

/** Matches topic names against globs where `*` is any run of characters. */
export class InternalTopicMatcher {
  private readonly exact = new Set<string>();
  /** Globs whose only `*` ends them (`_confluent*`): a prefix test, cheaper than a regex on 50,000 topics. */
  private readonly prefixes: string[] = [];
  private readonly globs: RegExp[] = [];

  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      const pattern = raw.trim();
      if (pattern === '') continue;
      const star = pattern.indexOf('*');
      if (star === -1) {
        this.exact.add(pattern);
      } else if (star === pattern.length - 1) {
        this.prefixes.push(pattern.slice(0, -1));
      } else {
        const source = pattern.split('*').map(escapeRegex).join('.*');
        this.globs.push(new RegExp(`^${source}$`));
      }
    }
  }

  isInternal(topic: string): boolean {
    if (this.exact.has(topic)) return true;
    for (let i = 0; i < this.prefixes.length; i++) if (topic.startsWith(this.prefixes[i]!)) return true;
    for (let i = 0; i < this.globs.length; i++) if (this.globs[i]!.test(topic)) return true;
    return false;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
