/**
 * Named starting points for the sizing form: workloads and cluster types.
 * Each preset sets every field of its kind (empty string clears an optional
 * field) so applying one never leaves a half-changed, contradictory form.
 */
export interface SizingPreset {
  id: string;
  label: string;
  raw: Readonly<Record<string, string>>;
}

const workload = (writePeak: string, writeAvg: string, fanout: string, partitions: string, retention: string, local = '') => ({
  'write-peak': writePeak,
  'write-avg': writeAvg,
  'peak-msgs': '',
  'msg-bytes': '',
  uncompressed: 'false',
  fanout,
  partitions,
  'retention-hours': retention,
  'local-retention-hours': local,
});

export const workloadPresets: readonly SizingPreset[] = [
  { id: 'small', label: 'Small: 10 MB/s, 2 consumer groups, 3 days', raw: workload('10', '5', '2', '300', '72') },
  { id: 'mid', label: 'Mid-size: 100 MB/s, 3 consumer groups, 7 days', raw: workload('100', '60', '3', '1000', '168') },
  { id: 'logs', label: 'Log pipeline: 300 MB/s, 1 consumer group, 1 day', raw: workload('300', '200', '1', '600', '24') },
  { id: 'large-tiered', label: 'Large: 1 GB/s, tiered storage (1 day local of 7)', raw: workload('1000', '600', '3', '6000', '168', '24') },
];

const cluster = (instance: string, billing: string) => ({
  instance,
  billing,
  'nic-mbps': '',
  'disk-mbps': '',
  'disk-gb': '',
  'max-partitions': '',
  vcpu: '',
  'price-hour': '',
});

export const clusterPresets: readonly SizingPreset[] = [
  { id: 'ec2-m7g', label: 'Self-managed on EC2 m7g.2xlarge', raw: cluster('m7g.2xlarge', 'self-managed') },
  { id: 'ec2-i3en', label: 'Self-managed on EC2 i3en.3xlarge (local NVMe)', raw: cluster('i3en.3xlarge', 'self-managed') },
  { id: 'msk-standard', label: 'Amazon MSK Standard kafka.m7g.2xlarge', raw: cluster('kafka.m7g.2xlarge', 'msk') },
  { id: 'msk-express', label: 'Amazon MSK Express express.m7g.xlarge', raw: cluster('express.m7g.xlarge', 'msk') },
];
