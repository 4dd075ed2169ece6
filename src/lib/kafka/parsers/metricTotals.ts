/**
 * Per-topic totals of a metric paste. Counters (bytes in/out) use the sum over every sample;
 * gauges (retained bytes) use the average over timestamps of the per-timestamp sum, because
 * summing a gauge over time is meaningless (docs/method/kafka-cost-attribution.md §6.9).
 */
export interface MetricTotal {
  readonly total: bigint;
  readonly average: bigint;
  readonly timestamps: number;
}

export class MetricAccumulator {
  private readonly byTopic = new Map<string, Map<string, bigint>>();

  add(topic: string, timestamp: string, value: bigint): void {
    let series = this.byTopic.get(topic);
    if (!series) {
      series = new Map();
      this.byTopic.set(topic, series);
    }
    series.set(timestamp, (series.get(timestamp) ?? 0n) + value);
  }

  get size(): number {
    return this.byTopic.size;
  }

  totals(): Map<string, MetricTotal> {
    const result = new Map<string, MetricTotal>();
    for (const [topic, series] of this.byTopic) {
      let total = 0n;
      for (const value of series.values()) total += value;
      const count = BigInt(series.size);
      result.set(topic, { total, average: (total + count / 2n) / count, timestamps: series.size });
    }
    return result;
  }
}

export interface MetricParse {
  readonly topics: Map<string, MetricTotal>;
  readonly warnings: string[];
}
