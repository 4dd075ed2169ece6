/**
 * Topics the platform creates for itself, not for a team: Kafka's own (offsets, transactions,
 * metadata, share groups, the tiered-storage metadata topic of KIP-405), Schema Registry and
 * Confluent's, Kafka Connect's config/offset/status topics under the names of Kafka's
 * connect-distributed.properties and of Strimzi's examples, MirrorMaker 2's (offset syncs,
 * checkpoints, heartbeats and its dedicated-mode Connect topics), Cruise Control's metric and
 * sample topics (its own defaults and Strimzi's), Strimzi's operator and canary topics, and Amazon
 * MSK's canary and MSK Connect topics. Sources and dates: docs/method/kafka-cost-attribution.md §3.1.
 * Streams `-changelog` and `-repartition` topics belong to their application and are deliberately
 * not listed. More patterns are added with the internal-pattern policy.
 */
export const DEFAULT_INTERNAL_TOPIC_PATTERNS: readonly string[] = [
  '__consumer_offsets',
  '__transaction_state',
  '__cluster_metadata',
  '__share_group_state',
  '__remote_log_metadata',
  '_schemas',
  '_confluent*',
  '__confluent*',
  'connect-configs',
  'connect-offsets',
  'connect-status',
  'connect-cluster-configs',
  'connect-cluster-offsets',
  'connect-cluster-status',
  'mirrormaker2-cluster-configs',
  'mirrormaker2-cluster-offsets',
  'mirrormaker2-cluster-status',
  'mm2-*.internal',
  '*.checkpoints.internal',
  'heartbeats',
  '*.heartbeats',
  '__CruiseControlMetrics',
  '__KafkaCruiseControlPartitionMetricSamples',
  '__KafkaCruiseControlModelTrainingSamples',
  'strimzi.cruisecontrol.*',
  '__strimzi*',
  '__amazon_msk_canary*',
  '__amazon_msk_connect_*',
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
