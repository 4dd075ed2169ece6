import { describe, expect, it } from 'vitest';
import { defaultValues, type FieldSpec } from '../../inputs/fieldSpec';
import { parseRawValues } from '../../inputs/validateFields';
import { referenceSources } from '../catalog/referenceSources';
import { resolveBrokerType } from './resolveBrokerType';
import { sizingDefaultSources } from './sizingSources';
import { effectiveWritePeak, sizingFields, sizingSpec } from './sizingFields';

const issueFlags = [
  'write-peak', 'write-avg', 'fanout', 'rf', 'min-isr', 'zones', 'retention-hours', 'local-retention-hours', 'partitions',
  'lagging', 'fetch-from-follower', 'failure', 'utilization', 'fill', 'billing', 'instance', 'nic-mbps', 'disk-mbps',
  'disk-gb', 'max-partitions', 'vcpu', 'price-hour', 'brokers',
];

describe('sizing field spec', () => {
  it('defines every flag the issue lists, in kebab-case, each once', () => {
    const names = sizingFields.map((field) => field.name);
    for (const name of issueFlags) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every field help and a group, and every default passes its own bounds', () => {
    for (const field of sizingFields as readonly FieldSpec[]) {
      expect(field.help.length, field.name).toBeGreaterThan(10);
      if ((field.kind === 'number' || field.kind === 'integer') && field.default !== undefined) {
        expect(field.default, field.name).toBeGreaterThanOrEqual(field.min);
        expect(field.default, field.name).toBeLessThanOrEqual(field.max);
      }
    }
    expect(parseRawValues(sizingSpec, {}).errors).toEqual([]);
  });

  it('reports cross-field problems at the right field', () => {
    const errorsFor = (raw: Record<string, string>) => parseRawValues(sizingSpec, raw).errors;
    expect(errorsFor({ 'min-isr': '4' })).toEqual([{ field: 'min-isr', message: 'min.insync.replicas (4) cannot exceed the replication factor (3)' }]);
    expect(errorsFor({ brokers: '2' })).toEqual([{ field: 'brokers', message: 'The replication factor (3) cannot exceed the broker count (2)' }]);
    expect(errorsFor({ 'write-avg': '150' })).toEqual([{ field: 'write-avg', message: 'Average write rate (150 MB/s) cannot exceed the peak (100 MB/s)' }]);
    expect(errorsFor({ 'local-retention-hours': '200' })).toEqual([
      { field: 'local-retention-hours', message: 'Local retention (200 h) cannot exceed total retention (168 h)' },
    ]);
    expect(errorsFor({ zones: '1' })).toEqual([{ field: 'failure', message: 'Surviving a zone needs at least 2 zones' }]);
    expect(errorsFor({ 'peak-msgs': '1000' })).toEqual([
      { field: 'msg-bytes', message: 'Peak messages and message size go together: enter both or neither' },
    ]);
    expect(errorsFor({ instance: 'custom', 'nic-mbps': '500' }).map((error) => error.field)).toEqual([
      'disk-mbps', 'disk-gb', 'max-partitions', 'vcpu', 'price-hour',
    ]);
  });

  it('computes the peak from messages × size ÷ compression', () => {
    const values = { ...defaultValues(sizingSpec), 'peak-msgs': 50000, 'msg-bytes': 2000, 'compression-ratio': 2.5 };
    expect(effectiveWritePeak(values)).toBe(40);
  });
});

describe('resolveBrokerType', () => {
  const defaults = defaultValues(sizingSpec);

  it('converts EC2 figures to MB/s and GB, with gp3 prices per GB', () => {
    const broker = resolveBrokerType({ ...defaults, instance: 'm5.large' });
    expect(broker.networkInMBps).toBe(93.75);
    expect(broker.networkBurstMBps).toBe(1250);
    expect(broker.diskMBps).toBe(81.25);
    // gp3: 64 TiB per volume since September 2025 (AWS EBS User Guide, read 2026-12-04).
    expect(broker.maxStorageGB).toBeCloseTo(70368.744177664, 6);
    expect(broker.storagePricePerGBMonth).toBeCloseTo(0.0745058, 6);
  });

  it('caps MSK Standard disk throughput at the smaller of EBS and provisionable throughput', () => {
    expect(resolveBrokerType({ ...defaults, instance: 'kafka.m5.2xlarge' }).diskMBps).toBeCloseTo(262.144, 9);
    expect(resolveBrokerType({ ...defaults, instance: 'kafka.m7g.8xlarge' }).diskMBps).toBeCloseTo(1048.576, 9);
    expect(resolveBrokerType({ ...defaults, instance: 'kafka.m5.2xlarge' }).throughputPricePerMBpsMonth).toBeNull();
  });

  it('rates MSK Express by client ingress and 2 × egress, with no disk or storage limit', () => {
    const broker = resolveBrokerType({ ...defaults, instance: 'express.m7g.large' });
    expect([broker.networkInMBps, broker.networkOutMBps, broker.diskMBps, broker.maxStorageGB]).toEqual([15.625, 31.25, null, null]);
  });

  it('takes a custom type from the fields and applies overrides on catalog types', () => {
    const custom = resolveBrokerType({
      ...defaults, instance: 'custom', 'nic-mbps': 1000, 'disk-mbps': 800, 'disk-gb': 4000, 'max-partitions': 3000, vcpu: 16, 'price-hour': 0.5,
    });
    expect(custom).toMatchObject({ networkInMBps: 1000, networkOutMBps: 1000, diskMBps: 800, maxStorageGB: 4000, maxPartitions: 3000, vcpu: 16, priceHour: 0.5, overridden: [] });
    const overridden = resolveBrokerType({ ...defaults, 'nic-mbps': 300, 'disk-gb': 2000 });
    expect(overridden).toMatchObject({ networkInMBps: 300, networkOutMBps: 300, maxStorageGB: 2000, overridden: ['nic-mbps', 'disk-gb'] });
  });
});

describe('sizing field sources', () => {
  it('gives every field a source, and refers only to sources that exist', () => {
    expect(Object.keys(sizingDefaultSources).sort()).toEqual(sizingFields.map((field) => field.name).sort());
    for (const [name, source] of Object.entries(sizingDefaultSources)) {
      expect(source.label.length, name).toBeGreaterThan(3);
      if (source.ref !== undefined) expect(Object.keys(referenceSources), name).toContain(source.ref);
    }
  });
});
