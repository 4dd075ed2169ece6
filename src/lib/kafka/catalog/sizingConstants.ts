/**
 * Prices, platform limits and rules of thumb the sizing model uses, each in
 * its published unit with the key of its source in referenceSources.
 */
import type { ReferenceSourceKey } from './referenceSources';

export interface ReferenceFigure {
  value: number;
  unit: string;
  source: ReferenceSourceKey;
}

/** Units the whole site uses (stated in the UI and the JSON). */
export const units = {
  MB: '10^6 bytes',
  GB: '10^9 bytes',
  month: '730 hours',
} as const;

export const HOURS_PER_MONTH = 730;
export const MB_PER_GB = 1000;
export const MB_PER_MIB = 1.048576;
export const GB_PER_GIB = 1.073741824;
export const MBPS_PER_GBPS = 125;

export const prices = {
  gp3Storage: { value: 0.08, unit: 'USD per GiB-month', source: 'ebsPricing' },
  gp3Throughput: { value: 0.04, unit: 'USD per MiB/s-month above the included 125', source: 'ebsPricing' },
  mskStorage: { value: 0.1, unit: 'USD per GB-month', source: 'mskSizingScript' },
  mskThroughput: { value: 0.08, unit: 'USD per MiB/s-month above the included 250', source: 'mskSizingScript' },
  tieredStorage: { value: 0.023, unit: 'USD per GB-month', source: 's3Pricing' },
  crossAz: { value: 0.02, unit: 'USD per GB crossing (0.01 charged on each side)', source: 'interAzTransfer' },
  expressDataIn: { value: 0.01, unit: 'USD per GB written', source: 'mskSizingScript' },
} as const satisfies Record<string, ReferenceFigure>;

export const limits = {
  gp3IncludedThroughput: { value: 125, unit: 'MiB/s per volume', source: 'ebsPricing' },
  gp3MaxThroughput: { value: 1000, unit: 'MiB/s per volume', source: 'ebsPricing' },
  gp3MaxVolume: { value: 16384, unit: 'GiB per volume', source: 'ebsPricing' },
  mskIncludedThroughput: { value: 250, unit: 'MiB/s per broker', source: 'mskProvisionedThroughput' },
  mskMaxStorage: { value: 16384, unit: 'GiB per broker', source: 'mskLimits' },
  mskMaxBrokers: { value: 60, unit: 'brokers per KRaft cluster', source: 'mskLimits' },
  mskTieredMinRetention: { value: 72, unit: 'hours of total retention', source: 'mskTieredStorage' },
  partitionsPerCluster: { value: 200000, unit: 'partition replicas per cluster', source: 'kip578' },
  expressEgressPerIngress: { value: 2, unit: 'egress / ingress rating', source: 'mskExpress' },
} as const satisfies Record<string, ReferenceFigure>;

export const rulesOfThumb = {
  produceMiBpsPerVcpu: { value: 5, unit: 'MiB/s produce per vCPU', source: 'akalculatorCpu' },
  consumeMiBpsPerVcpu: { value: 15, unit: 'MiB/s consume per vCPU', source: 'akalculatorCpu' },
  segmentBytes: { value: 1073741824, unit: 'bytes (log.segment.bytes)', source: 'kafkaBrokerConfigs' },
  retentionCheckSeconds: { value: 300, unit: 's (log.retention.check.interval.ms)', source: 'kafkaBrokerConfigs' },
} as const satisfies Record<string, ReferenceFigure>;
