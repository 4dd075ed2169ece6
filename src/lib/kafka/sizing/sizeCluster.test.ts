import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../inputs/fieldSpec';
import { evaluateCluster, formatNumber, runSizing, sizeCluster } from './sizeCluster';
import { sizingSpec, type SizingValues } from './sizingFields';

const defaults = defaultValues(sizingSpec);
const inputs = (overrides: Partial<SizingValues>): SizingValues => ({ ...defaults, ...overrides });

describe('constraints: brokers needed, with hand-checked numbers', () => {
  // m7g.2xlarge: 3.75 Gbps baseline = 468.75 MB/s per direction; EBS 312.5 MB/s (AWS EC2 User Guide).
  const result = sizeCluster(inputs({ 'write-peak': 100, fanout: 3 }));

  it('network out = 1.5 (one zone of 3 down) × 100 MB/s × (3 + 3 − 1) / (0.8 × 468.75) = 2.0', () => {
    expect(result.constraints.networkOut.brokersNeeded).toBeCloseTo(2.0, 9);
    expect(result.constraints.networkOut.brokersRounded).toBe(2);
    expect(result.constraints.networkOut.formula).toBe(
      'ceil(3/2 × 100 MB/s × (fan-out 3 + RF 3 − 1) / (0.8 × 468.8 MB/s)) = ceil(2) = 2',
    );
  });

  it('network in = 1.5 × 100 × 3 / 375 = 1.2 → 2', () => {
    expect(result.constraints.networkIn.brokersNeeded).toBeCloseTo(1.2, 9);
    expect(result.constraints.networkIn.brokersRounded).toBe(2);
  });

  it('disk = 1.5 × 100 × (3 + 0.5 lagging) / (0.8 × 312.5) = 2.1 → 3', () => {
    expect(result.constraints.disk.brokersNeeded).toBeCloseTo(2.1, 9);
    expect(result.constraints.disk.brokersRounded).toBe(3);
  });

  it('storage = (181,440 GB + 1,700.6 GB overhead) / (0.7 × 70,368.7 GB) = 3.718 → 4', () => {
    // 100 MB/s × 168 h × 3600 s × RF 3 = 181,440 GB. Overhead: each of 1000 partitions writes
    // 0.1 MB/s × 604,800 s = 60.5 GB per segment.ms, more than segment.bytes, so it rolls at 1 GiB:
    // 1000 × 3 × ½ × 1.0737 GB + 100 × 3 × 300 s / 1000 (retention check) = 1,700.6 GB.
    // gp3 maximum volume 64 TiB since September 2025 = 65,536 GiB = 70,368.74 GB.
    expect(result.storage.clusterGB).toBeCloseTo(181440, 6);
    expect(result.storage.overheadGB).toBeCloseTo(1610.612736 + 90, 6);
    expect(result.constraints.storage.brokersNeeded).toBeCloseTo(183140.612736 / (0.7 * 70368.744177664), 9);
    expect(result.constraints.storage.brokersRounded).toBe(4);
  });

  it('partitions = 1000 × 3 / 2000 (MSK table for 2xlarge) = 1.5 → 2; minimum = max(3, 3)', () => {
    expect(result.constraints.partitions.brokersNeeded).toBe(1.5);
    expect(result.constraints.minimum.brokersNeeded).toBe(3);
    expect(result.constraints.minimum.formula).toBe('max(3, RF 3) = 3');
  });

  it('recommends 6 brokers (storage needs 4, rounded to the zones) and says why', () => {
    expect(result.brokers).toBe(6);
    expect(result.binding).toBe('storage');
    expect(result.bindingReason).toBe('Storage needs 3.718 brokers → 4. Rounded up to 6, a multiple of 3 zones.');
  });

  it('the tiered-storage hint counts the upload and remote reads, and following it gives the count it promised', () => {
    // Tiered: network out (3 + 3 − 1 + 1) = 6 → 1.5 × 600 / 375 = 2.4 → 3; disk (3 + 0.5 + 1) → 1.5 × 450 / 250 = 2.7 → 3;
    // network in (3 + 0.5 remote reads) → 1.4 → 2. So 3 brokers, which hold
    // (0.7 × 70,368.74 × 3 − 1,700.6) / 1,080 GB per hour = 135.25 h, shown rounded down: 135.2 h.
    const hint = result.warnings.find((warning) => warning.startsWith('Storage sets the count. Tiered storage would fix that'));
    expect(hint).toContain('with local retention of at most 135.2 h, 3 brokers would do');
    const followed = sizeCluster(inputs({ 'write-peak': 100, fanout: 3, 'local-retention-hours': 135.2 }));
    expect(followed.brokers).toBe(3);
  });

  it('CPU heuristic: max(100/5, 300/15) MiB/s → 19.07 vCPU, not counted by default', () => {
    expect(result.cpu.vcpuNeeded).toBeCloseTo(100 / 1.048576 / 5, 9);
    expect(result.constraints.cpu.counted).toBe(false);
    expect(result.constraints.cpu.brokersNeeded).toBeCloseTo((1.5 * 19.073486328125) / (0.6 * 8), 9);
  });
});

describe('recommendation: rounding, minimum, failure modes', () => {
  // Short retention and few partitions so throughput binds.
  const light = { 'retention-hours': 1, partitions: 10 };

  it('rounds up to a multiple of the zones and says so', () => {
    // network out: 1.5 × 250 × 5 / 375 = 5 → 5 → 6 for 3 zones.
    const result = sizeCluster(inputs({ ...light, 'write-peak': 250, fanout: 3, lagging: 0, 'disk-mbps': 10000 }));
    expect(result.constraints.networkOut.brokersNeeded).toBeCloseTo(5, 9);
    expect(result.brokers).toBe(6);
    expect(result.binding).toBe('networkOut');
    expect(result.bindingReason).toBe('Network out needs 5 brokers → 5. Rounded up to 6, a multiple of 3 zones.');
  });

  it('names the minimum when nothing else needs 3 brokers', () => {
    const result = sizeCluster(inputs({ ...light, 'write-peak': 1 }));
    expect(result.brokers).toBe(3);
    expect(result.binding).toBe('minimum');
    expect(result.bindingReason).toContain('The minimum of max(3, RF) = 3 brokers decided the count');
  });

  it('one broker down needs one spare: N ≥ X + 1', () => {
    // X = 250 × 5 / 375 = 3.333; + 1 = 4.333 → 5; zones 1.
    const result = sizeCluster(inputs({ ...light, 'write-peak': 250, fanout: 3, failure: 'broker', zones: 1, 'disk-mbps': 10000 }));
    expect(result.constraints.networkOut.brokersNeeded).toBeCloseTo(250 * 5 / 375 + 1, 9);
    expect(result.brokers).toBe(5);
    expect(result.utilization.failureMultiplier).toBeCloseTo(5 / 4, 12);
    expect(result.utilization.failure.networkOut).toBeCloseTo((1250 / 5 / 468.75) * 1.25, 12);
  });

  it('no failure mode sizes at full strength', () => {
    const result = sizeCluster(inputs({ ...light, 'write-peak': 250, fanout: 3, failure: 'none', 'disk-mbps': 10000 }));
    expect(result.constraints.networkOut.brokersNeeded).toBeCloseTo(250 * 5 / 375, 9);
  });

  it('messages × size ÷ compression ratio replaces the peak write rate', () => {
    const result = sizeCluster(inputs({ 'peak-msgs': 200000, 'msg-bytes': 1000, 'compression-ratio': 4 }));
    expect(result.workload.writePeakMBps).toBe(50);
  });

  it('uncompressed rates are divided by the compression ratio (Event Sizer default: 60% saved = ratio 2.5)', () => {
    const result = sizeCluster(inputs({ uncompressed: true, 'compression-ratio': 2.5, 'write-peak': 250, 'write-avg': 100 }));
    expect(result.workload.writePeakMBps).toBe(100);
    expect(result.workload.writeAvgMBps).toBe(40);
    expect(result.storage.clusterGB).toBeCloseTo(40 * 168 * 3600 * 3 / 1000, 6);
  });
});

describe('published figures reproduced', () => {
  it('AWS MSK Express docs: express.m7g.large at 15 MBps in / 30 MBps out, 45/90 MBps → 3 brokers', () => {
    // https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices-express.html (the docs use 100% of the rating).
    const result = sizeCluster(
      inputs({ instance: 'express.m7g.large', billing: 'msk', 'write-peak': 45, fanout: 2, utilization: 1, failure: 'none', partitions: 100 }),
    );
    expect(result.constraints.networkIn.brokersNeeded).toBeCloseTo(45 / 15.625, 9);
    expect(result.constraints.networkOut.brokersNeeded).toBeCloseTo(90 / 31.25, 9);
    expect(result.constraints.disk.formula).toContain('not a limit');
    expect(result.constraints.storage.brokersNeeded).toBe(0);
    expect(result.brokers).toBe(3);
  });

  it('AWS Equation 1: max throughput = min(EBS × N / r, NIC × N / (groups + r − 1)) for m5.4xlarge', () => {
    // AWS Big Data Blog, right-sizing Kafka clusters (2022-03-17). m5.4xlarge: EBS 593.75 MB/s,
    // NIC 5 Gbps = 625 MB/s. N = 3, r = 3, one consumer group, at 100% and with no failure:
    // min(593.75 × 3 / 3, 625 × 3 / 3) = 593.75 MB/s.
    const result = evaluateCluster(
      inputs({ instance: 'm5.4xlarge', fanout: 1, lagging: 0, utilization: 1, 'disk-utilization': 1, failure: 'none', 'retention-hours': 1 }),
      3,
    );
    expect(result.maxWritePeakByResource.disk).toBeCloseTo(593.75, 9);
    expect(result.maxWritePeakByResource.networkOut).toBeCloseTo(625, 9);
    expect(result.maxWritePeakMBps).toBeCloseTo(593.75, 9);
  });

  it('Confluent cost series: ~$24.2k/month networking for a 100 MBps cluster (fan-out 3, RF 3, 3 AZs)', () => {
    // Cross-zone: produce 100 × 2/3 + replication 100 × 2 + consume 300 × 2/3 = 466.67 MB/s.
    // Confluent's figure uses a 30-day month: 466.67 × 86,400 × 30 / 1000 GB × $0.02 = $24,192.
    const result = sizeCluster(inputs({ fanout: 3 }));
    expect(result.crossAz.MBps).toBeCloseTo(466.6667, 3);
    expect(result.crossAz.monthlyGB).toBeCloseTo(1226400, 3);
    expect(result.crossAz.monthlyCost).toBeCloseTo(24528, 6);
    expect((result.crossAz.monthlyCost * 720) / 730).toBeCloseTo(24192, 6);
  });
});

describe('cross-zone traffic', () => {
  it('MSK does not bill replication; clients still cross', () => {
    const result = sizeCluster(inputs({ fanout: 3, billing: 'msk', instance: 'kafka.m7g.2xlarge' }));
    expect(result.crossAz.replicationBilled).toBe(false);
    expect(result.crossAz.terms.replicationMBps).toBeCloseTo(200, 9);
    expect(result.crossAz.MBps).toBeCloseTo(200 / 3 + 200, 9);
  });

  it('fetch from follower removes consumer crossing when every zone has a replica', () => {
    const result = sizeCluster(inputs({ fanout: 3, 'fetch-from-follower': true }));
    expect(result.crossAz.terms.consumeMBps).toBe(0);
    expect(result.crossAz.MBps).toBeCloseTo(100 * (2 / 3) + 200, 9);
  });

  it('reports the cross-zone bill both with and without fetch from follower', () => {
    // Without: 466.67 MB/s → $24,528; with: 266.67 MB/s × 3600 × 730 / 1000 × $0.02 = $14,016.
    const result = sizeCluster(inputs({ fanout: 3 }));
    expect(result.crossAz.withoutFetchFromFollower.monthlyCost).toBeCloseTo(24528, 6);
    expect(result.crossAz.withFetchFromFollower.MBps).toBeCloseTo(800 / 3, 9);
    expect(result.crossAz.withFetchFromFollower.monthlyCost).toBeCloseTo(14016, 6);
  });

  it('RF 3 over 2 zones: the striped placer puts the third replica in the leader zone, so one follower crosses', () => {
    // StripedReplicaPlacer: racks A, B, then A again → 2 / 1 replicas; 100 MB/s × (3 − ceil(3/2)) = 100 MB/s.
    const result = sizeCluster(inputs({ zones: 2, failure: 'broker' }));
    expect(result.crossAz.terms.replicationMBps).toBeCloseTo(100, 9);
    expect(result.assumptions).toContain(
      "RF 3 over 2 zones: replicas per zone 2 / 1 (the preferred leader's zone first, as Kafka's StripedReplicaPlacer stripes them), so 1 followers sit outside the leader's zone.",
    );
  });

  it('fetch from follower with RF 2 over 3 zones: consumers in the zone without a replica still cross', () => {
    const result = sizeCluster(inputs({ fanout: 3, rf: 2, 'min-isr': 1, 'fetch-from-follower': true }));
    expect(result.crossAz.terms.consumeMBps).toBeCloseTo(100, 9);
  });
});

describe('monthly cost', () => {
  it('adds brokers, gp3 storage, cross-zone and shares that sum to 1', () => {
    const result = sizeCluster(inputs({ fanout: 3 }));
    const monthly = result.cost.monthly;
    expect(monthly.brokers).toBeCloseTo(6 * 0.3264 * 730, 9);
    // gp3 $0.08/GiB-month = $0.074506/GB-month on the provisioned disk (data / fill).
    expect(monthly.storage).toBeCloseTo((183140.612736 / 0.7) * (0.08 / 1.073741824), 6);
    expect(monthly.total).toBeCloseTo(monthly.brokers + monthly.storage + monthly.crossAz, 6);
    const shares = Object.values(result.cost.share).reduce((sum, share) => sum + share, 0);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('tiered storage: local 24 h on disk, one copy of 168 h in object storage at $0.023/GB-month', () => {
    const result = sizeCluster(inputs({ 'local-retention-hours': 24 }));
    expect(result.workload.tiered).toBe(true);
    expect(result.storage.clusterGB).toBeCloseTo(100 * 24 * 3600 * 3 / 1000, 6);
    expect(result.storage.tieredGB).toBeCloseTo(60480, 6);
    expect(result.cost.monthly.tiered).toBeCloseTo(60480 * 0.023, 6);
    // Upload adds one stream out of each leader.
    expect(result.constraints.networkOut.formula).toContain('+ 1 tiered upload');
  });

  it('MSK Express: data in at $0.01/GB and one stored copy at $0.10/GB-month', () => {
    const result = sizeCluster(inputs({ instance: 'express.m7g.xlarge', billing: 'msk' }));
    expect(result.cost.monthly.dataIn).toBeCloseTo((100 * 3600 * 730 / 1000) * 0.01, 6);
    // MSK prices storage per GiB-month like EBS: $0.10 / 1.073741824 per GB.
    expect(result.cost.monthly.storage).toBeCloseTo((100 * 168 * 3.6 * 0.1) / 1.073741824, 6);
    expect(result.storage.maxLocalRetentionHours).toBeNull();
  });

  it('MSK Standard above 250 MiB/s buys provisioned throughput at $0.08 per MiB/s-month', () => {
    // kafka.m5.4xlarge: disk limit min(593.75 EBS, 593 MiB/s) = 593.75 MB/s. 9 brokers, 600 MB/s peak,
    // failure disk load = 1.5 × 600 × 3.5 / 9 = 350 MB/s → 437.5 MB/s at the 0.8 cap.
    const result = evaluateCluster(inputs({ instance: 'kafka.m5.4xlarge', billing: 'msk', 'write-peak': 600, 'retention-hours': 1 }), 9);
    const extraMiBps = (437.5 - 262.144) / 1.048576;
    expect(result.cost.monthly.throughput).toBeCloseTo(extraMiBps * 0.08 * 9, 6);
  });

  it('price overrides replace the catalog prices', () => {
    const result = sizeCluster(inputs({ 'price-hour': 1, 'price-cross-az-gb': 0 }));
    expect(result.cost.monthly.brokers).toBeCloseTo(result.brokers * 730, 9);
    expect(result.cost.monthly.crossAz).toBe(0);
    expect(result.brokerType.overridden).toEqual(['price-hour']);
  });
});

describe('evaluate mode', () => {
  it('reports per-broker load and utilization in normal and failure mode', () => {
    const result = evaluateCluster(inputs({ fanout: 3 }), 6);
    expect(result.mode).toBe('evaluate');
    expect(result.recommendedBrokers).toBe(6);
    expect(result.perBroker).toEqual({
      networkInMBps: 50,
      networkOutMBps: 500 / 6,
      diskWriteMBps: 50,
      diskReadMBps: 50 / 6,
      storageGB: 183140.612736 / 6,
      partitionReplicas: 500,
    });
    expect(result.utilization.normal.networkOut).toBeCloseTo(500 / 6 / 468.75, 12);
    expect(result.utilization.failure.networkOut).toBeCloseTo((500 / 6 / 468.75) * 1.5, 12);
    expect(result.slack.networkOut).toBeCloseTo(0.8 - (500 / 6 / 468.75) * 1.5, 12);
    // 30,523 GB per broker against 70,369 GB is 43.4%, under the 70% cap; at 3 brokers it is 86.8%, over.
    expect(result.utilization.normal.storage).toBeCloseTo(183140.612736 / 6 / 70368.744177664, 12);
    expect(evaluateCluster(inputs({ fanout: 3 }), 3).warnings).toContain('Storage is at 86.75% in the failure mode, over the 70% cap.');
  });

  it('max local retention fills the disks exactly to the fill limit', () => {
    const first = evaluateCluster(inputs({}), 6);
    const hours = first.storage.maxLocalRetentionHours ?? 0;
    const check = evaluateCluster(inputs({ 'retention-hours': hours }), 6);
    expect(check.utilization.normal.storage).toBeCloseTo(0.7, 9);
  });

  it('max write peak is AWS Equation 1 at the caps in the failure mode, with storage counted', () => {
    const result = evaluateCluster(inputs({ fanout: 3 }), 6);
    // disk: 0.8 × 312.5 × 6 / (1.5 × 3.5) = 285.71 MB/s; out: 0.8 × 468.75 × 6 / (1.5 × 5) = 300.
    expect(result.maxWritePeakByResource.disk).toBeCloseTo(1500 / 5.25, 9);
    expect(result.maxWritePeakByResource.networkOut).toBeCloseTo(300, 9);
    // Storage: 0.7 × 70,368.74 GB × 6 = 295,548.7 GB hold 1,814.4 GB per MB/s (168 h × RF 3) + 0.9 (retention check)
    // plus the fixed 1,610.6 GB of half-segments: (295,548.7 − 1,610.6) / 1,815.3 = 161.92 MB/s, the lowest.
    const storageLimit = (0.7 * 70368.744177664 * 6 - 1610.612736) / 1815.3;
    expect(result.maxWritePeakByResource.storage).toBeCloseTo(storageLimit, 9);
    expect(result.maxWritePeakMBps).toBeCloseTo(storageLimit, 9);
    expect(result.maxWritePeakResource).toBe('storage');
  });

  it('storage counts at the reader’s peak-to-average ratio', () => {
    const result = evaluateCluster(inputs({ fanout: 3, 'write-avg': 50 }), 6);
    expect(result.maxWritePeakByResource.storage).toBeCloseTo(((0.7 * 70368.744177664 * 6 - 1610.612736) / 1815.3) * 2, 9);
  });

  it('a broker count that does not divide over zones gets the worst zone loss and a warning', () => {
    const result = evaluateCluster(inputs({}), 7);
    expect(result.utilization.failureMultiplier).toBeCloseTo(7 / 4, 12);
    expect(result.warnings).toContain('7 brokers do not divide evenly over 3 zones: replicas and load will be unbalanced.');
  });

  it('runSizing switches to evaluate mode when brokers is set', () => {
    expect(runSizing(inputs({ brokers: 9 })).mode).toBe('evaluate');
    expect(runSizing(inputs({})).mode).toBe('size');
  });
});

describe('warnings', () => {
  const has = (values: Partial<SizingValues>, start: string, brokers?: number) => {
    const result = brokers === undefined ? sizeCluster(inputs(values)) : evaluateCluster(inputs(values), brokers);
    return result.warnings.some((warning) => warning.startsWith(start));
  };

  it('min.insync.replicas that a failure breaks', () => {
    expect(has({ 'min-isr': 3, failure: 'broker' }, 'min.insync.replicas 3 with RF 3: one broker down')).toBe(true);
    expect(has({ zones: 2 }, 'min.insync.replicas 2 with RF 3 over 2 zones: losing a zone can leave 1')).toBe(true);
    expect(has({}, 'min.insync.replicas')).toBe(false);
  });

  it('RF greater than zones', () => {
    expect(has({ zones: 2, failure: 'broker' }, 'RF 3 is greater than the 2 zones')).toBe(true);
  });

  it('partitions over the per-broker recommendation', () => {
    expect(has({ partitions: 5000 }, '5000 partition replicas per broker is over the recommended 2000', 3)).toBe(true);
  });

  it('disk over the instance maximum', () => {
    expect(has({}, 'Each broker needs', 3)).toBe(true);
  });

  it('burst-only network on small instances, not on large ones', () => {
    expect(has({}, 'm7g.2xlarge is rated "up to" 1875 MB/s on burst credits')).toBe(true);
    expect(has({ instance: 'm7g.8xlarge' }, 'm7g.8xlarge is rated "up to"')).toBe(false);
  });

  it('MSK tiered storage minimum retention and billing mismatches', () => {
    expect(has({ instance: 'kafka.m7g.2xlarge', billing: 'msk', 'retention-hours': 48, 'local-retention-hours': 6 }, 'MSK tiered storage needs at least 72 h')).toBe(true);
    expect(has({ instance: 'kafka.m7g.2xlarge', billing: 'self-managed' }, 'An MSK broker type with self-managed billing')).toBe(true);
    expect(has({ instance: 'kafka.m7g.2xlarge' }, 'An MSK broker type with self-managed billing')).toBe(false);
  });
});

describe('billing follows the broker type unless chosen', () => {
  // Amazon MSK pricing (read 2026-12-04): replication between brokers is not charged.
  it('bills kafka.* and express.* types as MSK and EC2 types as self-managed, and says where that came from', () => {
    const msk = sizeCluster(inputs({ instance: 'kafka.m7g.2xlarge' }));
    expect(msk.crossAz.billing).toBe('msk');
    expect(msk.crossAz.billingFrom).toBe('broker type');
    expect(msk.crossAz.replicationBilled).toBe(false);
    expect(sizeCluster(inputs({ instance: 'express.m7g.xlarge' })).crossAz.billing).toBe('msk');
    const ec2 = sizeCluster(inputs({ instance: 'm7g.2xlarge' }));
    expect(ec2.crossAz.billing).toBe('self-managed');
    expect(ec2.crossAz.replicationBilled).toBe(true);
  });

  it('MSK billing drops the replication term: 100 MB/s × 2/3 + 100 × 3 × 2/3 = 266.7 MB/s instead of 466.7', () => {
    expect(sizeCluster(inputs({ instance: 'kafka.m7g.2xlarge', fanout: 3 })).crossAz.MBps).toBeCloseTo(100 * (2 / 3) + 300 * (2 / 3), 9);
    expect(sizeCluster(inputs({ instance: 'm7g.2xlarge', fanout: 3 })).crossAz.MBps).toBeCloseTo(100 * (2 / 3) + 200 + 300 * (2 / 3), 9);
  });

  it('lets the billing input override the broker type and states it', () => {
    const result = sizeCluster(inputs({ instance: 'kafka.m7g.2xlarge', billing: 'self-managed' }));
    expect(result.crossAz.billing).toBe('self-managed');
    expect(result.crossAz.billingFrom).toBe('billing input');
    const explained = result.explain.flatMap((section) => section.formulas).find((f) => f.name === 'Billing semantics');
    expect(explained?.result).toContain('from the billing input');
  });
});

describe('formatNumber', () => {
  it('keeps at most 3 decimals, fewer for large numbers, no trailing zeros', () => {
    expect([0.123456, 2, 12.3456, 468.75, 1234.56].map(formatNumber)).toEqual(['0.123', '2', '12.35', '468.8', '1234.6']);
  });
});

describe('the recommendation minimises brokers, not cost', () => {
  const cheapBrokers = {
    ...defaults,
    instance: 'm5.4xlarge',
    'price-hour': 0.001,
    'write-peak': 200,
    'write-avg': 100,
    fanout: 1,
    lagging: 1,
    'nic-mbps': 20000,
    'disk-mbps': 1000,
    'retention-hours': 1,
    'local-retention-hours': 1,
    partitions: 12,
  } as SizingValues;

  it('says so in the assumptions', () => {
    expect(sizeCluster(defaults).assumptions).toContain(
      'The recommended count is the smallest multiple of the zone count that meets every counted constraint; a warning says when a larger count would cost less.',
    );
  });

  it('warns with the first larger count that costs less, priced as evaluating that count prices it', () => {
    const sized = sizeCluster(cheapBrokers);
    expect(sized.brokers).toBe(3);
    const larger = evaluateCluster(cheapBrokers, 6);
    expect(larger.cost.monthly.total).toBeLessThan(sized.cost.monthly.total - 1);
    expect(sized.warnings).toContain(
      `The recommendation is the smallest broker count that meets every constraint, not the cheapest: 6 brokers would cost about $${formatNumber(Math.round(larger.cost.monthly.total))} a month instead of $${formatNumber(Math.round(sized.cost.monthly.total))}, because the storage throughput each added broker includes is worth more than its price.`,
    );
  });

  it('does not warn at the default inputs, nor when evaluating a count the reader chose', () => {
    const isCostWarning = (text: string) => text.includes('not the cheapest');
    expect(sizeCluster(defaults).warnings.some(isCostWarning)).toBe(false);
    expect(evaluateCluster(cheapBrokers, 3).warnings.some(isCostWarning)).toBe(false);
  });
});

describe('gp3 as it is now, and volumes per broker (JBOD)', () => {
  // AWS EBS gp3 (raised September 2025, read 2026-12-04): 64 TiB, 2,000 MiB/s, 80,000 IOPS per volume;
  // 3,000 IOPS and 125 MiB/s included; at most 0.25 MiB/s per provisioned IOPS.
  it('adds the volumes’ space, and caps their summed throughput at the instance’s EBS bandwidth', () => {
    const two = sizeCluster(inputs({ volumes: 2 })).brokerType;
    expect(two.maxStorageGB).toBeCloseTo(2 * 65536 * 1.073741824, 6);
    expect(two.diskMBps).toBe(312.5);
    expect(two.includedDiskMBps).toBeCloseTo(2 * 125 * 1.048576, 9);
    // m7g.16xlarge: EBS 2,500 MB/s, one volume 2,000 MiB/s = 2,097.152 MB/s; two volumes are capped by EBS.
    expect(sizeCluster(inputs({ instance: 'm7g.16xlarge' })).brokerType.diskMBps).toBeCloseTo(2097.152, 9);
    expect(sizeCluster(inputs({ instance: 'm7g.16xlarge', volumes: 2 })).brokerType.diskMBps).toBe(2500);
  });

  it('buys IOPS for throughput above what the included 3,000 carry: 1,000 MiB/s needs 4,000 IOPS', () => {
    // 3 brokers, no failure, lagging 0: disk load per broker = 838.8608 MB/s, / 0.8 = 1,048.576 MB/s = 1,000 MiB/s.
    // Throughput (1,000 − 125) × $0.04 × 3 = $105; IOPS (1,000 / 0.25 − 3,000) × $0.005 × 3 = $15.
    const values = { instance: 'm7g.16xlarge', 'write-peak': 838.8608, lagging: 0, failure: 'none', 'retention-hours': 1 } as const;
    const one = evaluateCluster(inputs(values), 3);
    expect(one.cost.monthly.throughput).toBeCloseTo(105, 9);
    expect(one.cost.monthly.iops).toBeCloseTo(15, 9);
    expect(one.cost.provisioned.iops).toBeCloseTo(4000, 6);
    // Two volumes carry 500 MiB/s each: within the included IOPS, and 250 MiB/s of throughput is included.
    const two = evaluateCluster(inputs({ ...values, volumes: 2 }), 3);
    expect(two.cost.monthly.throughput).toBeCloseTo(90, 9);
    expect(two.cost.monthly.iops).toBe(0);
    const iopsFormula = one.explain.flatMap((section) => section.formulas).find((f) => f.name === 'Provisioned IOPS (gp3)');
    expect(iopsFormula?.result).toBe('$15');
  });

  it('MSK Standard keeps one volume of at most 16,384 GiB, and says the volumes input is ignored', () => {
    const result = sizeCluster(inputs({ instance: 'kafka.m7g.2xlarge', volumes: 4 }));
    expect(result.brokerType.maxStorageGB).toBeCloseTo(16384 * 1.073741824, 6);
    expect(result.warnings).toContain('kafka.m7g.2xlarge does not take gp3 volumes per broker: volumes 4 is ignored.');
  });
});

describe('segment roll sets the storage overhead', () => {
  it('a low-rate partition holds retention plus half of segment.ms, not half a segment', () => {
    // 1 MB/s over 1,000 partitions: 0.001 MB/s × 604,800 s = 0.6048 GB per roll, under 1 GiB, so segments roll on time.
    // Overhead = 1,000 × 3 × ½ × 0.6048 + 1 × 3 × 300 / 1000 = 907.2 + 0.9 = 908.1 GB against 259.2 GB of retention.
    const result = sizeCluster(inputs({ 'write-peak': 1, 'retention-hours': 24 }));
    expect(result.storage.clusterGB).toBeCloseTo(259.2, 9);
    expect(result.storage.overheadGB).toBeCloseTo(908.1, 9);
    const overhead = result.explain.flatMap((section) => section.formulas).find((f) => f.name === 'Overhead');
    expect(overhead?.substituted).toBe('3000 × 0.5 × 0.605 GB + 1 MB/s × RF 3 × 300 s / 1000');
  });

  it('a shorter segment.ms shrinks it: 1 h rolls hold 1,000 × 3 × ½ × 0.0036 + 0.9 = 6.3 GB', () => {
    const result = sizeCluster(inputs({ 'write-peak': 1, 'retention-hours': 24, 'segment-ms': 3600000 }));
    expect(result.storage.overheadGB).toBeCloseTo(6.3, 9);
  });

  it('a busy partition rolls at segment.bytes: 256 MiB segments halve the 1 GiB overhead', () => {
    const result = sizeCluster(inputs({ 'segment-bytes': 268435456 }));
    expect(result.storage.overheadGB).toBeCloseTo(1000 * 3 * 0.5 * 0.268435456 + 90, 9);
  });
});

describe('MSK Express rules', () => {
  it('sizes the failure mode against the published maximum, not the sustained rating × cap', () => {
    // express.m7g.large: sustained 15.625 in / 31.25 out, maximum 23.4 in / 58.5 out MBps.
    // In: max(45 / (1 × 15.625), 3/2 × 45 / 23.4) = max(2.88, 2.885) → 3; out: max(90 / 31.25, 3/2 × 90 / 58.5) = 2.88 → 3.
    const result = sizeCluster(inputs({ instance: 'express.m7g.large', 'write-peak': 45, fanout: 2, utilization: 1, partitions: 100 }));
    expect(result.constraints.networkIn.brokersNeeded).toBeCloseTo((1.5 * 45) / 23.4, 9);
    expect(result.constraints.networkOut.brokersNeeded).toBeCloseTo(90 / 31.25, 9);
    expect(result.brokers).toBe(3);
    expect(result.utilization.caps.networkIn).toBeCloseTo(23.4 / 15.625, 12);
  });

  it('has no CPU heuristic: Express ratings include the CPU', () => {
    const result = sizeCluster(inputs({ instance: 'express.m7g.large', 'count-cpu': true }));
    expect(result.constraints.cpu.counted).toBe(false);
    expect(result.constraints.cpu.formula).toContain('not a limit');
    expect(result.utilization.normal.cpu).toBeNull();
  });

  it('refuses RF other than 3 and zones other than 3, naming the field', () => {
    const errors = sizingSpec.crossChecks?.(inputs({ instance: 'express.m7g.large', rf: 2, 'min-isr': 1, zones: 2 })) ?? [];
    expect(errors.map((error) => error.field)).toEqual(['rf', 'zones']);
    expect(errors[0]?.message).toContain('MSK Express fixes the replication factor at 3, not 2');
    expect(sizingSpec.crossChecks?.(inputs({ instance: 'kafka.m7g.large', rf: 2, 'min-isr': 1, zones: 2 })) ?? []).toEqual([]);
  });
});

describe('compression inputs', () => {
  it('refuses a compression ratio with nothing uncompressed to apply it to', () => {
    const errors = sizingSpec.crossChecks?.(inputs({ 'compression-ratio': 4 })) ?? [];
    expect(errors).toEqual([expect.objectContaining({ field: 'compression-ratio' })]);
    expect(errors[0]?.message).toContain('has nothing to apply to');
    expect(sizingSpec.crossChecks?.(inputs({ 'compression-ratio': 4, uncompressed: true })) ?? []).toEqual([]);
  });

  it('names mixed compressed and uncompressed inputs in a warning', () => {
    const result = sizeCluster(inputs({ 'peak-msgs': 200000, 'msg-bytes': 1000, 'compression-ratio': 4, 'write-avg': 20 }));
    expect(result.warnings.some((warning) => warning.startsWith('Mixed compressed and uncompressed inputs'))).toBe(true);
    expect(sizeCluster(inputs({ 'peak-msgs': 200000, 'msg-bytes': 1000, 'compression-ratio': 4 })).warnings.some((w) => w.startsWith('Mixed'))).toBe(false);
  });
});
