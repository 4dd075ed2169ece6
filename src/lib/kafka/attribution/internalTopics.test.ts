import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERNAL_TOPIC_PATTERNS, InternalTopicMatcher } from './internalTopics';

describe('InternalTopicMatcher', () => {
  const matcher = new InternalTopicMatcher([...DEFAULT_INTERNAL_TOPIC_PATTERNS, 'mm2-*.internal']);

  it('matches Kafka, Schema Registry, Confluent and Connect storage topics', () => {
    for (const topic of ['__consumer_offsets', '__transaction_state', '_schemas', '_confluent-metrics', 'connect-offsets', 'mm2-offsets.internal']) {
      expect(matcher.isInternal(topic), topic).toBe(true);
    }
  });

  it('leaves application topics alone, Streams changelogs included', () => {
    for (const topic of ['orders', 'app-store-changelog', 'connect-offsets-backup', 'my_schemas']) {
      expect(matcher.isInternal(topic), topic).toBe(false);
    }
  });
});
