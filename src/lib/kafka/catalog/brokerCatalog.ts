/**
 * Broker types: EC2 families for self-managed Kafka, MSK Standard and MSK
 * Express. Figures are as published, in their published units (Gbps, MB/s at
 * 128 KiB I/O, MiB/s, GB, $/hour) with the source of each column below;
 * conversion to the model's units (MB/s, GB) happens in resolveBrokerType.
 *
 * Sources per column:
 * - vCPU, memory, NIC baseline/burst, EBS baseline/burst, instance store: referenceSources.ec2Specs
 * - EC2 $/hour: referenceSources.ec2Prices; MSK $/hour: referenceSources.mskSizingScript
 * - MSK Standard recommended partitions: referenceSources.mskBestPractices; EC2 rows use the
 *   same table by instance size as a proxy (no self-managed table exists)
 * - MSK provisioned storage throughput maximum: referenceSources.mskProvisionedThroughput
 * - Express ingress per broker: referenceSources.mskSizingScript (15.625 MB/s for large
 *   agrees with the docs' "15 MBps", referenceSources.mskExpress); egress is 2 × ingress per the docs
 * - Express maximum ingress and egress per broker (the throttle level): referenceSources.mskExpressBrokers
 * - Express partitions: referenceSources.mskSizingScript; the recommended column matches
 *   referenceSources.mskExpressBrokers
 */

export type BrokerService = 'ec2' | 'msk-standard' | 'msk-express';

/** How a broker stores its log, which decides the storage limit and the storage bill. */
export type BrokerStorage = 'ebs-gp3' | 'msk-ebs' | 'instance-store' | 'msk-express';

export interface BrokerTypeRow {
  id: string;
  service: BrokerService;
  storage: BrokerStorage;
  vcpu: number;
  memoryGiB: number;
  /** Baseline network bandwidth per direction; for Express, unused (see express*). */
  nicBaselineGbps: number;
  /** "Up to" burst bandwidth on credit; only shown, never used for sizing. */
  nicBurstGbps?: number;
  /** EBS baseline bandwidth, MB/s at 128 KiB I/O (reads + writes). */
  ebsBaselineMBps: number;
  /** EBS burst bandwidth (30 minutes a day); only shown. */
  ebsBurstMBps?: number;
  /** Local NVMe capacity in GB, for instance-store types. */
  instanceStoreGB?: number;
  /** MSK Standard: largest provisioned storage throughput, MiB/s; absent where it cannot be provisioned. */
  mskMaxProvisionedMiBps?: number;
  /** MSK Express rated (sustained) client ingress per broker, MB/s. */
  expressIngressMBps?: number;
  /** MSK Express maximum client ingress and egress per broker before throttling, MB/s. */
  expressMaxIngressMBps?: number;
  expressMaxEgressMBps?: number;
  recommendedPartitions: number;
  priceHour: number;
}

/** MSK best-practices partitions-per-broker table, keyed by instance size. */
const partitionsBySize: Record<string, number> = {
  large: 1000,
  xlarge: 1000,
  '2xlarge': 2000,
};
const partitionsLargeSizes = 4000;

function partitionsFor(size: string): number {
  return partitionsBySize[size] ?? partitionsLargeSizes;
}

type Ec2Figures = [
  size: string,
  vcpu: number,
  memoryGiB: number,
  nicBaselineGbps: number,
  nicBurstGbps: number | undefined,
  ebsBaselineMBps: number,
  ebsBurstMBps: number | undefined,
  priceHour: number,
  instanceStoreGB?: number,
];

function ec2Family(family: string, rows: Ec2Figures[]): BrokerTypeRow[] {
  return rows.map(([size, vcpu, memoryGiB, nicBaselineGbps, nicBurstGbps, ebsBaselineMBps, ebsBurstMBps, priceHour, instanceStoreGB]) => ({
    id: `${family}.${size}`,
    service: 'ec2',
    storage: instanceStoreGB ? 'instance-store' : 'ebs-gp3',
    vcpu,
    memoryGiB,
    nicBaselineGbps,
    nicBurstGbps,
    ebsBaselineMBps,
    ebsBurstMBps,
    instanceStoreGB,
    recommendedPartitions: partitionsFor(size),
    priceHour,
  }));
}

const m5: Ec2Figures[] = [
  ['large', 2, 8, 0.75, 10, 81.25, 593.75, 0.096],
  ['xlarge', 4, 16, 1.25, 10, 143.75, 593.75, 0.192],
  ['2xlarge', 8, 32, 2.5, 10, 287.5, 593.75, 0.384],
  ['4xlarge', 16, 64, 5, 10, 593.75, undefined, 0.768],
  ['8xlarge', 32, 128, 10, undefined, 850, undefined, 1.536],
  ['12xlarge', 48, 192, 12, undefined, 1187.5, undefined, 2.304],
];

const m6i: Ec2Figures[] = [
  ['large', 2, 8, 0.781, 12.5, 81.25, 1250, 0.096],
  ['xlarge', 4, 16, 1.562, 12.5, 156.25, 1250, 0.192],
  ['2xlarge', 8, 32, 3.125, 12.5, 312.5, 1250, 0.384],
  ['4xlarge', 16, 64, 6.25, 12.5, 625, 1250, 0.768],
  ['8xlarge', 32, 128, 12.5, undefined, 1250, undefined, 1.536],
];

const m7g: Ec2Figures[] = [
  ['large', 2, 8, 0.937, 12.5, 78.75, 1250, 0.0816],
  ['xlarge', 4, 16, 1.876, 12.5, 156.25, 1250, 0.1632],
  ['2xlarge', 8, 32, 3.75, 15, 312.5, 1250, 0.3264],
  ['4xlarge', 16, 64, 7.5, 15, 625, 1250, 0.6528],
  ['8xlarge', 32, 128, 15, undefined, 1250, undefined, 1.3056],
  ['16xlarge', 64, 256, 30, undefined, 2500, undefined, 2.6112],
];

const r6i: Ec2Figures[] = [
  ['large', 2, 16, 0.781, 12.5, 81.25, 1250, 0.126],
  ['xlarge', 4, 32, 1.562, 12.5, 156.25, 1250, 0.252],
  ['2xlarge', 8, 64, 3.125, 12.5, 312.5, 1250, 0.504],
];

const i3en: Ec2Figures[] = [
  ['large', 2, 16, 2.1, 25, 72.1, 593.75, 0.226, 1250],
  ['xlarge', 4, 32, 4.2, 25, 144.2, 593.75, 0.452, 2500],
  ['2xlarge', 8, 64, 8.4, 25, 288.39, 593.75, 0.904, 5000],
  ['3xlarge', 12, 96, 12.5, 25, 475, 593.75, 1.356, 7500],
  ['6xlarge', 24, 192, 25, undefined, 593.75, undefined, 2.712, 15000],
  ['12xlarge', 48, 384, 50, undefined, 1187.5, undefined, 5.424, 30000],
  ['24xlarge', 96, 768, 100, undefined, 2375, undefined, 10.848, 60000],
];

const i4i: Ec2Figures[] = [
  ['large', 2, 16, 0.781, 10, 78.12, 1250, 0.172, 468],
  ['xlarge', 4, 32, 1.875, 10, 156.25, 1250, 0.343, 937],
  ['2xlarge', 8, 64, 4.687, 12, 312.5, 1250, 0.686, 1875],
  ['4xlarge', 16, 128, 9.375, 25, 625, 1250, 1.373, 3750],
];

type MskStandardFigures = [size: string, priceHour: number, mskMaxProvisionedMiBps?: number];

/** The hardware columns of an EC2 row, which MSK Standard brokers share. */
type HardwareFigures = [
  size: string,
  vcpu: number,
  memoryGiB: number,
  nicBaselineGbps: number,
  nicBurstGbps: number | undefined,
  ebsBaselineMBps: number,
  ebsBurstMBps: number | undefined,
  ...ec2Only: unknown[],
];

function mskStandard(family: 'm5' | 'm7g', ec2Rows: HardwareFigures[], rows: MskStandardFigures[]): BrokerTypeRow[] {
  return rows.map(([size, priceHour, mskMaxProvisionedMiBps]) => {
    const underlying = ec2Rows.find((row) => row[0] === size);
    if (!underlying) throw new Error(`No EC2 figures for ${family}.${size}`);
    const [, vcpu, memoryGiB, nicBaselineGbps, nicBurstGbps, ebsBaselineMBps, ebsBurstMBps] = underlying;
    return {
      id: `kafka.${family}.${size}`,
      service: 'msk-standard',
      storage: 'msk-ebs',
      vcpu,
      memoryGiB,
      nicBaselineGbps,
      nicBurstGbps,
      ebsBaselineMBps,
      ebsBurstMBps,
      mskMaxProvisionedMiBps,
      recommendedPartitions: partitionsFor(size),
      priceHour,
    };
  });
}

// Sizes offered as MSK brokers whose EC2 price is not in this catalog (no
// dated price snapshot): their hardware figures only.
const m5MskOnly: HardwareFigures[] = [
  ['16xlarge', 64, 256, 20, undefined, 1700, undefined],
  ['24xlarge', 96, 384, 25, undefined, 2375, undefined],
];
const m7gMskOnly: HardwareFigures[] = [['12xlarge', 48, 192, 22.5, undefined, 1875, undefined]];

type ExpressFigures = [
  size: string,
  vcpu: number,
  memoryGiB: number,
  ingressMBps: number,
  maxIngressMBps: number,
  maxEgressMBps: number,
  partitions: number,
  priceHour: number,
];

const express: ExpressFigures[] = [
  ['large', 2, 8, 15.625, 23.4, 58.5, 1000, 0.408],
  ['xlarge', 4, 16, 31.25, 46.8, 117, 1000, 0.816],
  ['2xlarge', 8, 32, 62.5, 93.7, 234.2, 2500, 1.632],
  ['4xlarge', 16, 64, 125, 187.5, 468.7, 6000, 3.264],
  ['8xlarge', 32, 128, 250, 375, 937.5, 12000, 6.528],
  ['12xlarge', 48, 192, 375, 562.5, 1406.2, 16000, 9.792],
  ['16xlarge', 64, 256, 500, 750, 1875, 20000, 13.056],
];

export const brokerCatalog: readonly BrokerTypeRow[] = [
  ...ec2Family('m5', m5),
  ...ec2Family('m6i', m6i),
  ...ec2Family('m7g', m7g),
  ...ec2Family('r6i', r6i),
  ...ec2Family('i3en', i3en),
  ...ec2Family('i4i', i4i),
  ...mskStandard('m5', [...m5, ...m5MskOnly], [
    ['large', 0.21],
    ['xlarge', 0.42],
    ['2xlarge', 0.84],
    ['4xlarge', 1.68, 593],
    ['8xlarge', 3.36, 850],
    ['12xlarge', 5.04, 1000],
    ['16xlarge', 6.72, 1000],
    ['24xlarge', 10.08, 1000],
  ]),
  ...mskStandard('m7g', [...m7g, ...m7gMskOnly], [
    ['large', 0.204],
    ['xlarge', 0.408],
    ['2xlarge', 0.816, 312.5],
    ['4xlarge', 1.632, 625],
    ['8xlarge', 3.264, 1000],
    ['12xlarge', 4.896, 1000],
    ['16xlarge', 6.528, 1000],
  ]),
  ...express.map(([size, vcpu, memoryGiB, ingressMBps, maxIngressMBps, maxEgressMBps, partitions, priceHour]): BrokerTypeRow => ({
    id: `express.m7g.${size}`,
    service: 'msk-express',
    storage: 'msk-express',
    vcpu,
    memoryGiB,
    nicBaselineGbps: 0,
    ebsBaselineMBps: 0,
    expressIngressMBps: ingressMBps,
    expressMaxIngressMBps: maxIngressMBps,
    expressMaxEgressMBps: maxEgressMBps,
    recommendedPartitions: partitions,
    priceHour,
  })),
];

export function findBrokerType(id: string): BrokerTypeRow | undefined {
  return brokerCatalog.find((row) => row.id === id);
}
