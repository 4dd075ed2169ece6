/**
 * Kafka's own topics (offsets, transactions, metadata, Schema Registry, Connect storage).
 * Defaults: /work/shared/reference/kafka-cost-attribution.md §2.1 (2026-11-24), from Kafka's
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
  private readonly globs: RegExp[] = [];

  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      const pattern = raw.trim();
      if (pattern === '') continue;
      if (pattern.includes('*')) {
        const source = pattern.split('*').map(escapeRegex).join('.*');
        this.globs.push(new RegExp(`^${source}$`));
      } else {
        this.exact.add(pattern);
      }
    }
  }

  isInternal(topic: string): boolean {
    return this.exact.has(topic) || this.globs.some((glob) => glob.test(topic));
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
