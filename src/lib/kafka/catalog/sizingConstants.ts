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
  gp3Storage: { value: 0.08, unit: 'USD per provisioned GiB-month', source: 'ebsPricing' },
  gp3Throughput: { value: 0.04, unit: 'USD per MiB/s-month above the included 125', source: 'ebsPricing' },
  gp3Iops: { value: 0.005, unit: 'USD per IOPS-month above the included 3,000', source: 'ebsPricing' },
  // MSK Standard storage is provisioned in GiB (VolumeSize), so it is priced per GiB-month like gp3.
  mskStorage: { value: 0.1, unit: 'USD per provisioned GiB-month', source: 'mskSizingScript' },
  mskThroughput: { value: 0.08, unit: 'USD per MiB/s-month above the included 250', source: 'mskSizingScript' },
  tieredStorage: { value: 0.023, unit: 'USD per GB-month', source: 's3Pricing' },
  crossAz: { value: 0.02, unit: 'USD per GB crossing (0.01 charged on each side)', source: 'interAzTransfer' },
  expressDataIn: { value: 0.01, unit: 'USD per GB written', source: 'mskSizingScript' },
} as const satisfies Record<string, ReferenceFigure>;

export const limits = {
  gp3IncludedThroughput: { value: 125, unit: 'MiB/s per volume', source: 'ebsPricing' },
  gp3IncludedIops: { value: 3000, unit: 'IOPS per volume', source: 'ebsPricing' },
  gp3MaxThroughput: { value: 2000, unit: 'MiB/s per volume', source: 'ebsGp3Limits' },
  gp3MaxVolume: { value: 65536, unit: 'GiB per volume', source: 'ebsGp3Limits' },
  gp3ThroughputPerIops: { value: 0.25, unit: 'MiB/s of provisioned throughput per provisioned IOPS, at most', source: 'ebsGp3Limits' },
  mskIncludedThroughput: { value: 250, unit: 'MiB/s per broker', source: 'mskProvisionedThroughput' },
  mskMaxStorage: { value: 16384, unit: 'GiB per broker (one volume)', source: 'mskLimits' },
  mskMaxBrokers: { value: 60, unit: 'brokers per KRaft cluster', source: 'mskLimits' },
  mskTieredMinRetention: { value: 72, unit: 'hours of total retention', source: 'mskTieredStorage' },
  partitionsPerCluster: { value: 200000, unit: 'partition replicas per cluster', source: 'kip578' },
  expressEgressPerIngress: { value: 2, unit: 'egress / ingress rating', source: 'mskExpress' },
  expressReplicationFactor: { value: 3, unit: 'replicas (fixed on Express)', source: 'mskExpressBrokers' },
  expressZones: { value: 3, unit: 'Availability Zones (Express runs only in three)', source: 'mskExpressBrokers' },
} as const satisfies Record<string, ReferenceFigure>;

export const rulesOfThumb = {
  produceMiBpsPerVcpu: { value: 5, unit: 'MiB/s produce per vCPU', source: 'akalculatorCpu' },
  consumeMiBpsPerVcpu: { value: 15, unit: 'MiB/s consume per vCPU', source: 'akalculatorCpu' },
  retentionCheckSeconds: { value: 300, unit: 's (log.retention.check.interval.ms)', source: 'kafkaBrokerConfigs' },
} as const satisfies Record<string, ReferenceFigure>;
