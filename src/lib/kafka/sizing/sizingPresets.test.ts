import { describe, expect, it } from 'vitest';
import { parseRawValues } from '../../inputs/validateFields';
import { runSizing } from './sizeCluster';
import { sizingFields, sizingSpec } from './sizingFields';
import { clusterPresets, workloadPresets } from './sizingPresets';

const names = new Set<string>(sizingFields.map((field) => field.name));

describe('sizing presets', () => {
  it.each([...workloadPresets, ...clusterPresets])('$id names only real fields and validates cleanly with the defaults', (preset) => {
    for (const name of Object.keys(preset.raw)) expect(names.has(name), name).toBe(true);
    expect(parseRawValues(sizingSpec, preset.raw).errors).toEqual([]);
  });

  it('every workload combines with every cluster type into a finite recommendation', () => {
    for (const workload of workloadPresets) {
      for (const cluster of clusterPresets) {
        const parsed = parseRawValues(sizingSpec, { ...workload.raw, ...cluster.raw });
        expect(parsed.errors).toEqual([]);
        expect(Number.isInteger(runSizing(parsed.values).brokers)).toBe(true);
      }
    }
  });

  it('the mid-size workload on m7g.2xlarge fits 3 brokers now that a gp3 volume holds 64 TiB', () => {
    // 60 MB/s average × 168 h × 3600 × 3 = 108,864 GB (+ overhead) / (0.7 × 70,368.7 GB) = 2.24 → 3;
    // with the 2021 limit of 16 TiB per volume it was 8.98 → 9.
    const parsed = parseRawValues(sizingSpec, { ...workloadPresets[1]?.raw, ...clusterPresets[0]?.raw });
    const result = runSizing(parsed.values);
    expect(result.storage.clusterGB).toBeCloseTo(108864, 6);
    expect(result.constraints.storage.brokersNeeded).toBeCloseTo((108864 + result.storage.overheadGB) / (0.7 * 70368.744177664), 9);
    expect(result.brokers).toBe(3);
  });
});
