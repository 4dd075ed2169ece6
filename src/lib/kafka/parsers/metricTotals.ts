/**
 * Per-topic totals of a metric paste. Counters (bytes in/out) use the sum over every sample;
 * gauges (retained bytes) use the average over every timestamp of the whole paste, a topic missing
 * at a timestamp counting 0 there, because summing a gauge over time is meaningless and averaging
 * only where a topic appears would inflate a topic that came or went mid-window
 * (docs/method/kafka-cost-attribution.md §6.9).
 */
export interface MetricTotal {
  readonly total: bigint;
  readonly average: bigint;
  /** Timestamps at which this topic has a sample. */
  readonly timestamps: number;
}

export class MetricAccumulator {
  private readonly byTopic = new Map<string, Map<string, bigint>>();
  private readonly allTimestamps = new Set<string>();

  add(topic: string, timestamp: string, value: bigint): void {
    let series = this.byTopic.get(topic);
    if (!series) {
      series = new Map();
      this.byTopic.set(topic, series);
    }
    series.set(timestamp, (series.get(timestamp) ?? 0n) + value);
    this.allTimestamps.add(timestamp);
  }

  get size(): number {
    return this.byTopic.size;
  }

  /** Distinct timestamps over the whole paste: the samples a gauge is averaged over. */
  get timestampCount(): number {
    return this.allTimestamps.size;
  }

  totals(): Map<string, MetricTotal> {
    const result = new Map<string, MetricTotal>();
    const count = BigInt(Math.max(1, this.allTimestamps.size));
    for (const [topic, series] of this.byTopic) {
      let total = 0n;
      for (const value of series.values()) total += value;
      result.set(topic, { total, average: (total + count / 2n) / count, timestamps: series.size });
    }
    return result;
  }
}

/** Whether a paste's values are a gauge (averaged) or a counter (increase over the window). */
export type MetricKind = 'gauge' | 'counter';

export interface MetricParse {
  readonly topics: Map<string, MetricTotal>;
  readonly warnings: string[];
}
