/**
 * Turns a catalog row (or the custom figures) plus the reader's overrides
 * into the per-broker budgets the model uses, in MB/s, GB and USD.
 */
import { findBrokerType, type BrokerService, type BrokerStorage } from '../catalog/brokerCatalog';
import { GB_PER_GIB, MBPS_PER_GBPS, MB_PER_MIB, limits, prices } from '../catalog/sizingConstants';
import { CUSTOM_INSTANCE, type SizingValues } from './sizingFields';

export interface ResolvedBrokerType {
  id: string;
  service: BrokerService | 'custom';
  storage: BrokerStorage | 'custom';
  /** Inbound budget: NIC baseline per direction, or Express rated client ingress. */
  networkInMBps: number;
  /** Outbound budget: NIC baseline per direction, or Express rated client egress. */
  networkOutMBps: number;
  /** "Up to" burst bandwidth, shown only. */
  networkBurstMBps?: number;
  /** MSK Express: the published maximum client ingress and egress per broker, the failure-mode budget. */
  expressMax?: { inMBps: number; outMBps: number };
  /** Reads plus writes the storage sustains; null where the service manages it (Express). */
  diskMBps: number | null;
  /** Throughput included in the storage price; above it, provisioned throughput is billed. */
  includedDiskMBps: number;
  /** Data volumes per broker: the reader's gp3 count on EC2, one elsewhere. */
  volumes: number;
  /** gp3 only: IOPS-month price above the included IOPS, and what IOPS a MB/s of throughput needs; null elsewhere. */
  iops: { includedPerVolume: number; pricePerMonth: number; MBpsPerIops: number } | null;
  /** USD per MB/s-month of provisioned throughput above the included; null where none can be bought. */
  throughputPricePerMBpsMonth: number | null;
  /** Largest storage per broker; null where the service has no per-broker limit (Express). */
  maxStorageGB: number | null;
  maxPartitions: number;
  vcpu: number;
  memoryGiB: number | null;
  priceHour: number;
  storagePricePerGBMonth: number;
  tieredPricePerGBMonth: number;
  crossAzPricePerGB: number;
  /** Field names whose values replaced the catalog's. */
  overridden: string[];
}

/** One gp3 volume in model units (MB/s, GB). */
const gp3 = {
  includedMBps: limits.gp3IncludedThroughput.value * MB_PER_MIB,
  maxMBps: limits.gp3MaxThroughput.value * MB_PER_MIB,
  maxGB: limits.gp3MaxVolume.value * GB_PER_GIB,
  pricePerGBMonth: prices.gp3Storage.value / GB_PER_GIB,
  throughputPricePerMBpsMonth: prices.gp3Throughput.value / MB_PER_MIB,
  iops: {
    includedPerVolume: limits.gp3IncludedIops.value,
    pricePerMonth: prices.gp3Iops.value,
    MBpsPerIops: limits.gp3ThroughputPerIops.value * MB_PER_MIB,
  },
};

/** Catalog figures in model units, before the reader's overrides. */
function catalogFigures(instance: string, volumes: number): Omit<ResolvedBrokerType, 'tieredPricePerGBMonth' | 'crossAzPricePerGB' | 'overridden'> | undefined {
  const row = findBrokerType(instance);
  if (!row) return undefined;
  const common = {
    id: row.id,
    service: row.service,
    storage: row.storage,
    maxPartitions: row.recommendedPartitions,
    vcpu: row.vcpu,
    memoryGiB: row.memoryGiB,
    priceHour: row.priceHour,
    volumes: 1,
    iops: null,
  };
  const nic = row.nicBaselineGbps * MBPS_PER_GBPS;
  const burst = row.nicBurstGbps === undefined ? undefined : row.nicBurstGbps * MBPS_PER_GBPS;
  if (row.storage === 'msk-express') {
    const ingress = row.expressIngressMBps ?? 0;
    return {
      ...common,
      networkInMBps: ingress,
      networkOutMBps: ingress * limits.expressEgressPerIngress.value,
      expressMax: { inMBps: row.expressMaxIngressMBps ?? ingress, outMBps: row.expressMaxEgressMBps ?? ingress * limits.expressEgressPerIngress.value },
      diskMBps: null,
      includedDiskMBps: 0,
      throughputPricePerMBpsMonth: null,
      maxStorageGB: null,
      storagePricePerGBMonth: prices.mskStorage.value / GB_PER_GIB,
    };
  }
  if (row.storage === 'msk-ebs') {
    const included = limits.mskIncludedThroughput.value * MB_PER_MIB;
    const volumeMax = row.mskMaxProvisionedMiBps === undefined ? included : row.mskMaxProvisionedMiBps * MB_PER_MIB;
    return {
      ...common,
      networkInMBps: nic,
      networkOutMBps: nic,
      networkBurstMBps: burst,
      diskMBps: Math.min(row.ebsBaselineMBps, volumeMax),
      includedDiskMBps: included,
      throughputPricePerMBpsMonth: row.mskMaxProvisionedMiBps === undefined ? null : prices.mskThroughput.value / MB_PER_MIB,
      maxStorageGB: limits.mskMaxStorage.value * GB_PER_GIB,
      storagePricePerGBMonth: prices.mskStorage.value / GB_PER_GIB,
    };
  }
  if (row.storage === 'instance-store') {
    return {
      ...common,
      networkInMBps: nic,
      networkOutMBps: nic,
      networkBurstMBps: burst,
      // No sourced NVMe write rate in the catalog: the EBS baseline is a conservative stand-in.
      diskMBps: row.ebsBaselineMBps,
      includedDiskMBps: row.ebsBaselineMBps,
      throughputPricePerMBpsMonth: null,
      maxStorageGB: row.instanceStoreGB ?? 0,
      storagePricePerGBMonth: 0,
    };
  }
  // JBOD: space adds up over the volumes; throughput too, up to the instance's EBS bandwidth.
  return {
    ...common,
    volumes,
    iops: gp3.iops,
    networkInMBps: nic,
    networkOutMBps: nic,
    networkBurstMBps: burst,
    diskMBps: Math.min(row.ebsBaselineMBps, volumes * gp3.maxMBps),
    includedDiskMBps: volumes * gp3.includedMBps,
    throughputPricePerMBpsMonth: gp3.throughputPricePerMBpsMonth,
    maxStorageGB: volumes * gp3.maxGB,
    storagePricePerGBMonth: gp3.pricePerGBMonth,
  };
}

export function resolveBrokerType(values: SizingValues): ResolvedBrokerType {
  const catalog = catalogFigures(values.instance, values.volumes);
  const overridden: string[] = [];
  const pick = <T>(name: keyof SizingValues & string, given: number | undefined, fallback: T): number | T => {
    if (given === undefined) return fallback;
    if (catalog) overridden.push(name);
    return given;
  };
  const base = catalog ?? {
    id: CUSTOM_INSTANCE,
    service: 'custom' as const,
    storage: 'custom' as const,
    networkInMBps: 0,
    networkOutMBps: 0,
    diskMBps: 0,
    includedDiskMBps: 0,
    throughputPricePerMBpsMonth: null,
    maxStorageGB: 0,
    maxPartitions: 0,
    vcpu: 0,
    memoryGiB: null,
    priceHour: 0,
    volumes: 1,
    iops: null,
    storagePricePerGBMonth: gp3.pricePerGBMonth,
  };
  const isExpress = base.storage === 'msk-express';
  const nic = values['nic-mbps'];
  const networkInMBps = pick('nic-mbps', nic, base.networkInMBps);
  // A reader's Express ingress rating scales the published maximum with it.
  const expressScale = nic === undefined || base.networkInMBps === 0 ? 1 : nic / base.networkInMBps;
  return {
    ...base,
    expressMax: base.expressMax && { inMBps: base.expressMax.inMBps * expressScale, outMBps: base.expressMax.outMBps * expressScale },
    networkInMBps,
    // Express rates egress at a fixed multiple of its ingress rating.
    networkOutMBps: nic === undefined ? base.networkOutMBps : isExpress ? nic * limits.expressEgressPerIngress.value : nic,
    diskMBps: isExpress ? null : pick('disk-mbps', values['disk-mbps'], base.diskMBps),
    maxStorageGB: isExpress ? null : pick('disk-gb', values['disk-gb'], base.maxStorageGB),
    maxPartitions: pick('max-partitions', values['max-partitions'], base.maxPartitions),
    vcpu: pick('vcpu', values.vcpu, base.vcpu),
    priceHour: pick('price-hour', values['price-hour'], base.priceHour),
    storagePricePerGBMonth: pick('price-storage-gb-month', values['price-storage-gb-month'], base.storagePricePerGBMonth),
    tieredPricePerGBMonth: values['price-tiered-gb-month'] ?? prices.tieredStorage.value,
    crossAzPricePerGB: values['price-cross-az-gb'] ?? prices.crossAz.value,
    overridden,
  };
}
