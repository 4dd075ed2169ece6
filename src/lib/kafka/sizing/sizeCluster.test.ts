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

  it('storage = (181,440 GB + 1,700.6 GB overhead) / (0.7 × 17,592.2 GB) = 14.87 → 15', () => {
    // 100 MB/s × 168 h × 3600 s × RF 3 = 181,440 GB. Overhead: 1000 × 3 × ½ × 1.0737 GB
    // (half a 1 GiB segment per replica) + 100 × 3 × 300 s / 1000 (retention check) = 1,700.6 GB.
    // gp3 maximum volume 16 TiB = 17,592.19 GB.
    expect(result.storage.clusterGB).toBeCloseTo(181440, 6);
    expect(result.storage.overheadGB).toBeCloseTo(1610.612736 + 90, 6);
    expect(result.constraints.storage.brokersNeeded).toBeCloseTo(183140.612736 / (0.7 * 17592.186044416), 9);
    expect(result.constraints.storage.brokersRounded).toBe(15);
  });

  it('partitions = 1000 × 3 / 2000 (MSK table for 2xlarge) = 1.5 → 2; minimum = max(3, 3)', () => {
    expect(result.constraints.partitions.brokersNeeded).toBe(1.5);
    expect(result.constraints.minimum.brokersNeeded).toBe(3);
    expect(result.constraints.minimum.formula).toBe('max(3, RF 3) = 3');
  });

  it('recommends the storage-bound 15 brokers and says why', () => {
    expect(result.brokers).toBe(15);
    expect(result.binding).toBe('storage');
    expect(result.bindingReason).toBe('Storage needs 14.87 brokers → 15.');
    expect(result.warnings.some((warning) => warning.startsWith('Storage sets the count. Tiered storage would fix that'))).toBe(true);
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
      inputs({ instance: 'm5.4xlarge', fanout: 1, lagging: 0, utilization: 1, 'disk-utilization': 1, failure: 'none' }),
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

  it('RF 3 over 2 zones: 1.5 followers outside the leader zone on average', () => {
    const result = sizeCluster(inputs({ zones: 2, failure: 'broker' }));
    expect(result.crossAz.terms.replicationMBps).toBeCloseTo(150, 9);
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
    expect(monthly.brokers).toBeCloseTo(15 * 0.3264 * 730, 9);
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
    expect(result.cost.monthly.storage).toBeCloseTo(100 * 168 * 3.6 * 0.1, 6);
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
    expect(result.recommendedBrokers).toBe(15);
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
    // Storage is over: 30,523 GB per broker against 0.7 × 17,592 GB.
    expect(result.warnings).toContain('Storage is at 173.5% in the failure mode, over the 70% cap.');
  });

  it('max local retention fills the disks exactly to the fill limit', () => {
    const first = evaluateCluster(inputs({}), 6);
    const hours = first.storage.maxLocalRetentionHours ?? 0;
    const check = evaluateCluster(inputs({ 'retention-hours': hours }), 6);
    expect(check.utilization.normal.storage).toBeCloseTo(0.7, 9);
  });

  it('max write peak is AWS Equation 1 at the caps in the failure mode', () => {
    const result = evaluateCluster(inputs({ fanout: 3 }), 6);
    // disk: 0.8 × 312.5 × 6 / (1.5 × 3.5) = 285.71 MB/s; out: 0.8 × 468.75 × 6 / (1.5 × 5) = 300.
    expect(result.maxWritePeakByResource.disk).toBeCloseTo(1500 / 5.25, 9);
    expect(result.maxWritePeakByResource.networkOut).toBeCloseTo(300, 9);
    expect(result.maxWritePeakMBps).toBeCloseTo(1500 / 5.25, 9);
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
    expect(has({ instance: 'kafka.m7g.2xlarge' }, 'An MSK broker type with self-managed billing')).toBe(true);
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
