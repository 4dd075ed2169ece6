/**
 * The one input definition of the Kafka sizing calculator: the island's form,
 * the URL query, the CLI flags and the exports are all generated from it.
 * The source of each default lives in sizingSources.ts, keyed by field name,
 * so that text stays out of the browser island (25 KB budget).
 */
import { brokerCatalog } from '../catalog/brokerCatalog';
import { limits } from '../catalog/sizingConstants';
import type { CalculatorSpec, FieldError, FieldValues } from '../../inputs/fieldSpec';


export const CUSTOM_INSTANCE = 'custom';

const serviceLabels = {
  ec2: 'EC2, self-managed Kafka',
  'msk-standard': 'Amazon MSK Standard',
  'msk-express': 'Amazon MSK Express',
} as const;

export const sizingFields = [
  {
    name: 'write-peak',
    kind: 'number',
    label: 'Peak write rate',
    unit: 'MB/s',
    min: 0.01,
    max: 100000,
    default: 100,
    help: 'Producer bytes at peak, compressed as on the wire (Kafka BytesInPerSec). Sets the throughput constraints.',
    group: 'Workload',
  },
  {
    name: 'write-avg',
    kind: 'number',
    label: 'Average write rate',
    unit: 'MB/s',
    min: 0,
    max: 100000,
    optional: true,
    help: 'Average producer bytes, compressed. Sets storage and cost. Empty means the same as the peak.',
    group: 'Workload',
  },
  {
    name: 'fanout',
    kind: 'number',
    label: 'Read fan-out',
    unit: 'consumer groups',
    min: 0,
    max: 100,
    default: 1,
    help: 'Consumer groups that each read the full stream. Egress to consumers = fan-out × write rate.',
    group: 'Workload',
  },
  {
    name: 'lagging',
    kind: 'number',
    label: 'Lagging readers',
    unit: '× write rate',
    min: 0,
    max: 50,
    default: 0.5,
    help: 'Catch-up reads that miss the page cache and hit the disk, in units of the write rate.',
    group: 'Workload',
  },
  {
    name: 'partitions',
    kind: 'integer',
    label: 'Partitions',
    unit: 'leader partitions',
    min: 1,
    max: 2000000,
    default: 1000,
    help: 'Partitions summed over all topics, before replication.',
    group: 'Workload',
  },
  {
    name: 'peak-msgs',
    kind: 'number',
    label: 'Peak messages',
    unit: 'msg/s',
    min: 1,
    max: 1e9,
    optional: true,
    help: 'Alternative to the peak write rate: messages per second at peak, used with the message size.',
    group: 'Compression and messages',
  },
  {
    name: 'msg-bytes',
    kind: 'number',
    label: 'Message size (uncompressed)',
    unit: 'bytes',
    min: 1,
    max: 1e8,
    optional: true,
    help: 'Average uncompressed record size, used with peak messages.',
    group: 'Compression and messages',
  },
  {
    name: 'compression-ratio',
    kind: 'number',
    label: 'Compression ratio',
    unit: '×',
    min: 1,
    max: 20,
    default: 1,
    help: 'Uncompressed ÷ compressed size. Applies to peak messages × message size, and to the write rates when they are uncompressed.',
    group: 'Compression and messages',
  },
  {
    name: 'uncompressed',
    kind: 'boolean',
    label: 'Write rates are uncompressed',
    default: false,
    help: 'The peak and average write rates are uncompressed bytes; the model divides them by the compression ratio.',
    group: 'Compression and messages',
  },
  {
    name: 'rf',
    kind: 'integer',
    label: 'Replication factor',
    unit: 'copies',
    min: 1,
    max: 7,
    default: 3,
    help: 'Copies of every partition (replication.factor).',
    group: 'Replication and failure',
  },
  {
    name: 'min-isr',
    kind: 'integer',
    label: 'min.insync.replicas',
    unit: 'replicas',
    min: 1,
    max: 7,
    default: 2,
    help: 'Replicas that must acknowledge an acks=all write; at most RF − 1 to survive a failure.',
    group: 'Replication and failure',
  },
  {
    name: 'zones',
    kind: 'integer',
    label: 'Availability zones',
    unit: 'zones',
    min: 1,
    max: 6,
    default: 3,
    help: 'Racks (broker.rack) the cluster spans; the broker count is rounded up to a multiple of it.',
    group: 'Replication and failure',
  },
  {
    name: 'failure',
    kind: 'enum',
    label: 'Failure to survive at full load',
    options: [
      { value: 'none', label: 'None' },
      { value: 'broker', label: 'One broker' },
      { value: 'zone', label: 'One zone' },
    ],
    default: 'zone',
    help: 'The survivors must carry the whole peak load within the caps after this failure.',
    group: 'Replication and failure',
  },
  {
    name: 'fetch-from-follower',
    kind: 'boolean',
    label: 'Fetch from follower',
    default: false,
    help: 'Consumers read from a replica in their own zone (KIP-392: broker.rack, RackAwareReplicaSelector, client.rack).',
    group: 'Replication and failure',
  },
  {
    name: 'retention-hours',
    kind: 'number',
    label: 'Total retention',
    unit: 'h',
    min: 0.1,
    max: 876000,
    default: 168,
    help: 'How long data is kept (retention.ms), local plus tiered.',
    group: 'Retention',
  },
  {
    name: 'local-retention-hours',
    kind: 'number',
    label: 'Local retention',
    unit: 'h',
    min: 0.1,
    max: 876000,
    optional: true,
    help: 'Kept on broker disks (local.retention.ms). Less than the total turns on tiered storage; empty means all local.',
    group: 'Retention',
  },
  {
    name: 'segment-bytes',
    kind: 'integer',
    label: 'Segment size',
    unit: 'bytes',
    min: 1048576,
    max: 2147483647,
    default: 1073741824,
    help: 'segment.bytes: a partition rolls to a new segment at this size; only closed segments are deleted.',
    group: 'Retention',
  },
  {
    name: 'segment-ms',
    kind: 'integer',
    label: 'Segment roll time',
    unit: 'ms',
    min: 60000,
    max: 31536000000,
    default: 604800000,
    help: 'segment.ms (log.roll.hours): a partition also rolls when its active segment is this old.',
    group: 'Retention',
  },
  {
    name: 'utilization',
    kind: 'number',
    label: 'Network utilization cap',
    unit: 'fraction',
    min: 0.05,
    max: 1,
    default: 0.8,
    help: 'Largest share of the baseline network bandwidth (per direction) a broker may use, in the failure mode.',
    group: 'Caps',
  },
  {
    name: 'disk-utilization',
    kind: 'number',
    label: 'Disk throughput cap',
    unit: 'fraction',
    min: 0.05,
    max: 1,
    default: 0.8,
    help: 'Largest share of the disk (EBS) throughput a broker may use, in the failure mode.',
    group: 'Caps',
  },
  {
    name: 'cpu-utilization',
    kind: 'number',
    label: 'CPU cap',
    unit: 'fraction',
    min: 0.05,
    max: 1,
    default: 0.6,
    help: 'Largest CPU share for the CPU heuristic.',
    group: 'Caps',
  },
  {
    name: 'count-cpu',
    kind: 'boolean',
    label: 'Count the CPU heuristic',
    default: false,
    help: 'Let the CPU rule of thumb (5 MiB/s produce, 15 MiB/s consume per vCPU) raise the broker count.',
    group: 'Caps',
  },
  {
    name: 'fill',
    kind: 'number',
    label: 'Maximum disk fill',
    unit: 'fraction',
    min: 0.05,
    max: 0.95,
    default: 0.7,
    help: 'Largest share of each disk the retained data may fill.',
    group: 'Caps',
  },
  {
    name: 'instance',
    kind: 'enum',
    label: 'Broker type',
    options: [
      ...brokerCatalog.map((row) => ({ value: row.id, label: row.id, group: serviceLabels[row.service] })),
      { value: CUSTOM_INSTANCE, label: 'Custom (enter the figures below)', group: 'Custom' },
    ],
    default: 'm7g.2xlarge',
    help: 'An EC2 type for self-managed Kafka, an MSK Standard (kafka.*) or MSK Express (express.*) broker, or custom.',
    group: 'Broker type',
  },
  {
    name: 'volumes',
    kind: 'integer',
    label: 'gp3 volumes per broker',
    unit: 'volumes',
    min: 1,
    max: 24,
    default: 1,
    help: 'EC2 on gp3: one log.dirs entry per volume (JBOD). Space adds up; throughput is capped by the instance’s EBS bandwidth.',
    group: 'Broker type',
  },
  {
    name: 'billing',
    kind: 'enum',
    label: 'Billing semantics',
    options: [
      { value: 'auto', label: 'From the broker type' },
      { value: 'self-managed', label: 'Self-managed (replication crosses zones at a price)' },
      { value: 'msk', label: 'Amazon MSK (replication transfer is free)' },
    ],
    default: 'auto',
    help: 'Whether replication across zones is billed. From the broker type: kafka.* and express.* as MSK, EC2 as self-managed.',
    group: 'Broker type',
  },
  {
    name: 'nic-mbps',
    kind: 'number',
    label: 'Network baseline per direction',
    unit: 'MB/s',
    min: 1,
    max: 100000,
    optional: true,
    help: 'Overrides the broker type. Baseline, not "up to" burst; the same budget applies in and out.',
    group: 'Custom figures and prices',
  },
  {
    name: 'disk-mbps',
    kind: 'number',
    label: 'Disk throughput per broker',
    unit: 'MB/s',
    min: 1,
    max: 100000,
    optional: true,
    help: 'Overrides the broker type: reads plus writes the disk (or EBS link) sustains.',
    group: 'Custom figures and prices',
  },
  {
    name: 'disk-gb',
    kind: 'number',
    label: 'Largest disk per broker',
    unit: 'GB',
    min: 1,
    max: 10000000,
    optional: true,
    help: 'Overrides the broker type: the most storage one broker can hold.',
    group: 'Custom figures and prices',
  },
  {
    name: 'max-partitions',
    kind: 'integer',
    label: 'Partition replicas per broker',
    unit: 'replicas',
    min: 1,
    max: 1000000,
    optional: true,
    help: 'Overrides the broker type: recommended leaders plus followers per broker.',
    group: 'Custom figures and prices',
  },
  {
    name: 'vcpu',
    kind: 'integer',
    label: 'vCPU per broker',
    unit: 'vCPU',
    min: 1,
    max: 1024,
    optional: true,
    help: 'Overrides the broker type.',
    group: 'Custom figures and prices',
  },
  {
    name: 'price-hour',
    kind: 'number',
    label: 'Broker price',
    unit: 'USD/h',
    min: 0,
    max: 10000,
    optional: true,
    help: 'Overrides the dated catalog price of the broker type.',
    group: 'Custom figures and prices',
  },
  {
    name: 'price-storage-gb-month',
    kind: 'number',
    label: 'Block storage price',
    unit: 'USD/GB-month',
    min: 0,
    max: 100,
    optional: true,
    help: 'Overrides the gp3 or MSK storage price.',
    group: 'Custom figures and prices',
  },
  {
    name: 'price-tiered-gb-month',
    kind: 'number',
    label: 'Tiered storage price',
    unit: 'USD/GB-month',
    min: 0,
    max: 100,
    optional: true,
    help: 'Overrides the object-storage price of the remote tier.',
    group: 'Custom figures and prices',
  },
  {
    name: 'price-cross-az-gb',
    kind: 'number',
    label: 'Cross-zone transfer price',
    unit: 'USD/GB',
    min: 0,
    max: 10,
    optional: true,
    help: 'Per GB that crosses a zone boundary, both sides together.',
    group: 'Custom figures and prices',
  },
  {
    name: 'brokers',
    kind: 'integer',
    label: 'Evaluate this broker count',
    unit: 'brokers',
    min: 1,
    max: 10000,
    optional: true,
    help: 'Set it to see load, utilization and headroom of a given cluster instead of a recommendation.',
    group: 'Evaluate a cluster',
  },
] as const;

export type SizingValues = FieldValues<typeof sizingFields>;
export type SizingFieldName = (typeof sizingFields)[number]['name'];

const customFigureFields = ['nic-mbps', 'disk-mbps', 'disk-gb', 'max-partitions', 'vcpu', 'price-hour'] as const;

/** A write rate entered in the form, as compressed MB/s. */
function compressedRate(values: SizingValues, rate: number): number {
  return values.uncompressed ? rate / values['compression-ratio'] : rate;
}

/** The compressed peak write rate the model uses: from messages × size when given, else the field. */
export function effectiveWritePeak(values: SizingValues): number {
  const msgs = values['peak-msgs'];
  const bytes = values['msg-bytes'];
  if (msgs !== undefined && bytes !== undefined) return (msgs * bytes) / 1e6 / values['compression-ratio'];
  return compressedRate(values, values['write-peak']);
}

/** The compressed average write rate the model uses; the peak when none is given. */
export function effectiveWriteAvg(values: SizingValues): number {
  const average = values['write-avg'];
  return average === undefined ? effectiveWritePeak(values) : compressedRate(values, average);
}

function crossChecks(values: SizingValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (values['min-isr'] > values.rf) {
    add('min-isr', `min.insync.replicas (${values['min-isr']}) cannot exceed the replication factor (${values.rf})`);
  }
  if ((values['peak-msgs'] === undefined) !== (values['msg-bytes'] === undefined)) {
    const missing = values['peak-msgs'] === undefined ? 'peak-msgs' : 'msg-bytes';
    add(missing, 'Peak messages and message size go together: enter both or neither');
  }
  const peak = effectiveWritePeak(values);
  if (!(peak >= 0.01)) add('write-peak', 'Peak write rate must be at least 0.01 MB/s');
  const average = effectiveWriteAvg(values);
  if (average > peak) {
    add('write-avg', `Average write rate (${round(average)} MB/s) cannot exceed the peak (${round(peak)} MB/s)`);
  }
  const local = values['local-retention-hours'];
  if (local !== undefined && local > values['retention-hours']) {
    add('local-retention-hours', `Local retention (${local} h) cannot exceed total retention (${values['retention-hours']} h)`);
  }
  if (values.failure === 'zone' && values.zones < 2) {
    add('failure', 'Surviving a zone needs at least 2 zones');
  }
  const brokers = values.brokers;
  if (brokers !== undefined) {
    if (values.rf > brokers) add('brokers', `The replication factor (${values.rf}) cannot exceed the broker count (${brokers})`);
    else if (values.failure === 'broker' && brokers < 2) add('brokers', 'Surviving a broker failure needs at least 2 brokers');
    else if (values.failure === 'zone' && brokers < values.zones) {
      add('brokers', `Surviving a zone needs a broker in every zone: at least ${values.zones} brokers`);
    }
  }
  if (values.instance === CUSTOM_INSTANCE) {
    for (const name of customFigureFields) {
      if (values[name] === undefined) add(name, 'Required for a custom broker type');
    }
  }
  errors.push(...expressChecks(values), ...compressionChecks(values));
  return errors;
}

/** MSK Express fixes RF at 3 and runs only in three zones (AWS, Express brokers page, read 2026-12-04). */
function expressChecks(values: SizingValues): FieldError[] {
  const row = brokerCatalog.find((candidate) => candidate.id === values.instance);
  if (row?.service !== 'msk-express') return [];
  const errors: FieldError[] = [];
  if (values.rf !== EXPRESS_RF) {
    errors.push({ field: 'rf', message: `MSK Express fixes the replication factor at ${EXPRESS_RF}, not ${values.rf}; choose kafka.* for another` });
  }
  if (values.zones !== EXPRESS_ZONES) {
    errors.push({ field: 'zones', message: `MSK Express runs only in ${EXPRESS_ZONES} Availability Zones, not ${values.zones}; choose kafka.* for another` });
  }
  return errors;
}

const EXPRESS_RF = limits.expressReplicationFactor.value;
const EXPRESS_ZONES = limits.expressZones.value;

/** A compression ratio needs uncompressed input to apply to; never ignore it silently. */
function compressionChecks(values: SizingValues): FieldError[] {
  const ratio = values['compression-ratio'];
  const fromMessages = values['peak-msgs'] !== undefined && values['msg-bytes'] !== undefined;
  if (ratio === 1 || values.uncompressed || fromMessages) return [];
  return [
    {
      field: 'compression-ratio',
      message: `A compression ratio of ${ratio} has nothing to apply to: tick “Write rates are uncompressed”, enter peak messages and size, or set it to 1`,
    },
  ];
}

/** Inputs that mix compressed and uncompressed bytes, named for a warning. */
export function mixedCompressionWarning(values: SizingValues): string | undefined {
  const fromMessages = values['peak-msgs'] !== undefined && values['msg-bytes'] !== undefined;
  if (!fromMessages || values.uncompressed || values['write-avg'] === undefined) return undefined;
  return `Mixed compressed and uncompressed inputs: the peak is messages × size ÷ ratio ${values['compression-ratio']}, the average ${values['write-avg']} MB/s is taken as compressed. Tick “Write rates are uncompressed” if it is not.`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export const sizingSpec: CalculatorSpec<typeof sizingFields> = { fields: sizingFields, crossChecks };
