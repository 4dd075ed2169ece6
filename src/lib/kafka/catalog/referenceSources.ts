/**
 * Where every catalog figure and model constant comes from. Each figure in
 * brokerCatalog.ts and sizingConstants.ts names one of these keys.
 * Dates are when the source text was read (or the snapshot's commit date).
 */
export interface ReferenceSource {
  label: string;
  url: string;
  date: string;
}

export const referenceSources = {
  ec2Specs: {
    label: 'AWS EC2 User Guide: instance network, EBS and instance-store specs',
    url: 'https://github.com/awsdocs/amazon-ec2-user-guide/blob/e3707c4/doc_source/general-purpose-instances.md',
    date: '2023-06-15',
  },
  ec2Prices: {
    label: 'AWS EC2 on-demand Linux prices, us-east-1 (public price-list snapshots)',
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    date: '2026-01',
  },
  mskSizingScript: {
    label: 'AWS agent toolkit msk_sizing.py (MSK prices and Express ratings)',
    url: 'https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e4/skills/specialized-skills/analytics-skills/managing-amazon-msk/scripts/msk_sizing.py',
    date: '2026-08-20',
  },
  mskBestPractices: {
    label: 'Amazon MSK best practices: partitions per broker, CPU under 60%',
    url: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html',
    date: '2026-08',
  },
  mskExpress: {
    label: 'Amazon MSK Express best practices: express.m7g.large 15 MBps in, 30 MBps out',
    url: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices-express.html',
    date: '2026-08',
  },
  mskProvisionedThroughput: {
    label: 'Amazon MSK provisioned storage throughput: maximum per broker size, 250 MiB/s default',
    url: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-provision-throughput-management.html',
    date: '2026-12-04',
  },
  mskLimits: {
    label: 'Amazon MSK quotas: 60 brokers per KRaft cluster, 16,384 GiB storage per broker (VolumeSize in GiB)',
    url: 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html',
    date: '2026-12-04',
  },
  mskExpressBrokers: {
    label:
      'Amazon MSK Express brokers: three AZs only, RF 3; sustained and maximum ingress/egress per broker size (large 15.6/23.4 in, 31.2/58.5 out … 16xlarge 500/750 in, 1,000/1,875 out MBps)',
    url: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-broker-types-express.html',
    date: '2026-12-04',
  },
  mskTieredStorage: {
    label: 'Amazon MSK tiered storage: remote tier needs at least 3 days of retention',
    url: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-tiered-storage.html',
    date: '2026-08',
  },
  mskPricing: {
    label: 'Amazon MSK pricing: replication between brokers is not charged',
    url: 'https://aws.amazon.com/msk/pricing/',
    date: '2026-08',
  },
  ebsPricing: {
    label: 'Amazon EBS gp3 pricing, us-east-1: $0.08/GB-month of provisioned storage, 3,000 IOPS and 125 MB/s included, $0.005 per IOPS-month and $0.04 per MB/s-month above',
    url: 'https://aws.amazon.com/ebs/pricing/',
    date: '2026-12-04',
  },
  ebsGp3Limits: {
    label: 'Amazon EBS gp3 volumes (raised September 2025): 1 GiB to 64 TiB, up to 80,000 IOPS and 2,000 MiB/s, at most 0.25 MiB/s per provisioned IOPS',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html',
    date: '2026-12-04',
  },
  kafkaJbod: {
    label: 'Apache Kafka log.dirs: several log directories (JBOD) per broker, supported in KRaft mode (KIP-858)',
    url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-858%3A+Handle+JBOD+broker+disk+failure+in+KRaft',
    date: '2026-12-04',
  },
  kafkaStripedPlacer: {
    label: 'Apache Kafka StripedReplicaPlacer: replicas striped over racks, leader rack first',
    url: 'https://github.com/apache/kafka/blob/trunk/metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java',
    date: '2026-12-04',
  },
  s3Pricing: {
    label: 'Amazon S3 Standard, first 50 TB: $0.023/GB-month',
    url: 'https://aws.amazon.com/s3/pricing/',
    date: '2026-08',
  },
  interAzTransfer: {
    label: 'AWS data transfer between AZs: $0.01/GB charged on each side',
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer_within_the_same_AWS_Region',
    date: '2026-04',
  },
  awsRightSizing: {
    label: 'AWS Big Data Blog: right-sizing Kafka clusters (Equation 1; run at about 80% of the limit; size on baseline)',
    url: 'https://aws.amazon.com/blogs/big-data/best-practices-for-right-sizing-your-apache-kafka-clusters-to-optimize-performance-and-cost/',
    date: '2022-03-17',
  },
  akalculatorCpu: {
    label: 'AKalculator assumption: 1 vCPU handles 5 MiB/s produce and 15 MiB/s consume',
    url: 'https://2minutestreaming.com/apache-kafka-calculator/resources/assumptions/produce-consume-per-vcpu',
    date: '2024-12',
  },
  akalculatorAssumptions: {
    label: 'AKalculator assumptions: RF 3, 1,000 partitions, 50% maximum disk usage',
    url: 'https://2minutestreaming.com/apache-kafka-calculator/resources/assumptions/tldr',
    date: '2024-12',
  },
  kafkaBrokerConfigs: {
    label: 'Apache Kafka broker configs: log.segment.bytes 1 GiB, log.roll.hours 168 (segment.ms 604800000), log.retention.hours 168, log.retention.check.interval.ms 300000',
    url: 'https://kafka.apache.org/documentation/#brokerconfigs',
    date: '2026-12-04',
  },
  kip578: {
    label: 'KIP-578: at most 4,000 partitions per broker and 200,000 per cluster (guidance)',
    url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-578%3A+Add+configuration+to+limit+number+of+partitions',
    date: '2020-04',
  },
  clouderaSizing: {
    label: 'Cloudera Kafka sizing: lagging readers are served from disk; at most 2 lagging is realistic',
    url: 'https://docs.cloudera.com/runtime/7.2.1/kafka-performance-tuning/topics/kafka-tune-sizing-calc.html',
    date: '2026-08',
  },
} as const satisfies Record<string, ReferenceSource>;

export type ReferenceSourceKey = keyof typeof referenceSources;
