/**
 * Where each sizing input's default comes from, keyed by field name (the
 * compiler insists on an entry for every field). Kept apart from sizingFields.ts
 * so the browser island does not ship this text; the tool page shows it.
 * `ref` is a key of referenceSources, which holds the URL and the date.
 */
import type { DefaultSource } from '../../inputs/fieldSpec';
import type { ReferenceSourceKey } from '../catalog/referenceSources';
import type { SizingFieldName } from './sizingFields';

const src = (ref: ReferenceSourceKey, label: string): DefaultSource => ({ label, ref });
const userChoice = (label: string): DefaultSource => ({ label });

export const sizingDefaultSources: Record<SizingFieldName, DefaultSource> = {
  'write-peak': src('awsRightSizing', 'Example workload: a 100 MB/s cluster, as in the AWS and Confluent sizing write-ups'),
  'write-avg': src('mskSizingScript', 'AWS MSK sizing: peak drives brokers, average drives storage and cost'),
  fanout: src('awsRightSizing', 'One full-stream consumer group (AWS Equation 1 #consumer_groups)'),
  lagging: src('mskSizingScript', 'AWS msk_sizing.py lagging-reader factor 0.5'),
  partitions: src('akalculatorAssumptions', 'AKalculator default of 1,000 partitions'),
  'peak-msgs': userChoice('Optional; empty uses the peak write rate'),
  'msg-bytes': userChoice('Optional; needed with peak messages'),
  'compression-ratio': userChoice('1: the write rates are already compressed bytes on the wire'),
  uncompressed: userChoice('Off: rates are compressed bytes on the wire, as Kafka BytesInPerSec reports'),
  rf: src('mskBestPractices', 'Kafka and MSK production default RF = 3'),
  'min-isr': src('mskBestPractices', 'MSK best practices: min.insync.replicas = RF − 1'),
  zones: src('mskBestPractices', 'MSK default of 3 AZs'),
  failure: src('mskSizingScript', 'AWS msk_sizing.py sizes for one AZ down'),
  'fetch-from-follower': userChoice('Off: Kafka default (consumers read from leaders)'),
  'retention-hours': src('kafkaBrokerConfigs', 'Kafka default log.retention.hours = 168'),
  'local-retention-hours': userChoice('Empty: no tiered storage'),
  'segment-bytes': src('kafkaBrokerConfigs', 'Kafka default log.segment.bytes = 1 GiB'),
  'segment-ms': src('kafkaBrokerConfigs', 'Kafka default log.roll.hours = 168 (7 days)'),
  utilization: src('awsRightSizing', 'AWS: run at about 80% of the theoretical limit'),
  'disk-utilization': src('awsRightSizing', 'AWS: run at about 80% of the theoretical limit'),
  'cpu-utilization': src('mskBestPractices', 'MSK: keep CPU user + system under 60%'),
  'count-cpu': src('akalculatorCpu', 'Off: no trustworthy public CPU model; shown as a warning only'),
  fill: src('mskBestPractices', '0.7: below the MSK 85% disk alarm, with room for segment and retention-check overshoot'),
  instance: src('ec2Specs', 'm7g.2xlarge: 8 vCPU, 3.75 Gbps baseline'),
  volumes: src('kafkaJbod', 'One volume per broker; more are a log.dirs (JBOD) choice'),
  billing: src('mskPricing', 'Follows the broker type: Amazon MSK does not charge replication between brokers, EC2 does'),
  'nic-mbps': userChoice('Empty: from the broker type'),
  'disk-mbps': userChoice('Empty: from the broker type'),
  'disk-gb': userChoice('Empty: from the broker type'),
  'max-partitions': userChoice('Empty: from the broker type'),
  vcpu: userChoice('Empty: from the broker type'),
  'price-hour': userChoice('Empty: from the broker type'),
  'price-storage-gb-month': userChoice('Empty: gp3 or MSK list price'),
  'price-tiered-gb-month': userChoice('Empty: S3 Standard list price'),
  'price-cross-az-gb': userChoice('Empty: AWS $0.01/GB on each side'),
  brokers: userChoice('Empty: recommend a broker count'),
};
