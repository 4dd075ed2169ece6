import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../inputs/fieldSpec';
import { brokerCatalog } from '../catalog/brokerCatalog';
import { evaluateCluster, sizeCluster, type ResourceId } from './sizeCluster';
import { sizingSpec, type SizingValues } from './sizingFields';

const defaults = defaultValues(sizingSpec);

/** Valid sizing inputs across the whole catalog (cross-field rules respected). */
const validInputs: fc.Arbitrary<SizingValues> = fc
  .record({
    peak: fc.double({ min: 0.01, max: 5000, noNaN: true }),
    avgShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    fanout: fc.double({ min: 0, max: 10, noNaN: true }),
    lagging: fc.double({ min: 0, max: 3, noNaN: true }),
    partitions: fc.integer({ min: 1, max: 200000 }),
    rf: fc.integer({ min: 1, max: 5 }),
    isrShare: fc.double({ min: 0, max: 1, noNaN: true }),
    zones: fc.integer({ min: 1, max: 5 }),
    failure: fc.constantFrom('none', 'broker', 'zone'),
    fff: fc.boolean(),
    retention: fc.double({ min: 0.1, max: 20000, noNaN: true }),
    localShare: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
    utilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
    diskUtilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
    cpuUtilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
    countCpu: fc.boolean(),
    fill: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    instance: fc.constantFrom(...brokerCatalog.map((row) => row.id)),
    billing: fc.constantFrom('auto', 'self-managed', 'msk'),
    volumes: fc.integer({ min: 1, max: 8 }),
    segmentBytes: fc.integer({ min: 1048576, max: 2147483647 }),
    segmentMs: fc.integer({ min: 60000, max: 31536000000 }),
  })
  .map((r) => ({
    ...defaults,
    'write-peak': r.peak,
    'write-avg': r.avgShare === undefined ? undefined : r.peak * r.avgShare,
    fanout: r.fanout,
    lagging: r.lagging,
    partitions: r.partitions,
    rf: r.rf,
    'min-isr': Math.max(1, Math.round(r.isrShare * r.rf)),
    zones: r.zones,
    failure: r.failure === 'zone' && r.zones < 2 ? 'broker' : r.failure,
    'fetch-from-follower': r.fff,
    'retention-hours': r.retention,
    'local-retention-hours': r.localShare === undefined ? undefined : Math.max(0.1, r.retention * r.localShare),
    utilization: r.utilization,
    'disk-utilization': r.diskUtilization,
    'cpu-utilization': r.cpuUtilization,
    'count-cpu': r.countCpu,
    fill: r.fill,
    instance: r.instance,
    billing: r.billing,
    volumes: r.volumes,
    'segment-bytes': r.segmentBytes,
    'segment-ms': r.segmentMs,
  }))
  // MSK Express fixes RF 3 over three zones; the field checks refuse anything else.
  .map((values) => (values.instance.startsWith('express.') ? { ...values, rf: 3, zones: 3, 'min-isr': Math.min(values['min-isr'], 3) } : values))
  .filter((values) => (values['local-retention-hours'] ?? 0) <= values['retention-hours']);

function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  }
  return [];
}

describe('sizing properties', () => {
  it('every number in the result is finite, and non-negative except slack', () => {
    fc.assert(
      fc.property(validInputs, (values) => {
        for (const [path, value] of numbersIn(sizeCluster(values))) {
          expect(Number.isFinite(value), path).toBe(true);
          if (!path.startsWith('.slack')) expect(value, path).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('no formula, warning or assumption ever prints NaN or Infinity', () => {
    fc.assert(
      fc.property(validInputs, fc.option(fc.integer({ min: 5, max: 300 }), { nil: undefined }), (values, brokers) => {
        const result = brokers === undefined ? sizeCluster(values) : evaluateCluster(values, brokers);
        expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('the count is a multiple of the zones and at least max(3, RF)', () => {
    fc.assert(
      fc.property(validInputs, (values) => {
        const { brokers } = sizeCluster(values);
        expect(brokers % values.zones).toBe(0);
        expect(brokers).toBeGreaterThanOrEqual(Math.max(3, values.rf));
      }),
    );
  });

  it('more write, fan-out, RF or retention never lowers the broker count', () => {
    const more = fc.double({ min: 0, max: 3, noNaN: true });
    fc.assert(
      fc.property(validInputs, more, fc.integer({ min: 0, max: 2 }), (values, extra, extraRf) => {
        const base = sizeCluster(values).brokers;
        expect(sizeCluster({ ...values, 'write-peak': values['write-peak'] * (1 + extra) }).brokers).toBeGreaterThanOrEqual(base);
        expect(sizeCluster({ ...values, fanout: values.fanout + extra }).brokers).toBeGreaterThanOrEqual(base);
        expect(sizeCluster({ ...values, rf: Math.min(7, values.rf + extraRf) }).brokers).toBeGreaterThanOrEqual(base);
        expect(sizeCluster({ ...values, 'retention-hours': values['retention-hours'] * (1 + extra) }).brokers).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('more gp3 volumes per broker never raise the broker count', () => {
    fc.assert(
      fc.property(validInputs, fc.integer({ min: 1, max: 16 }), (values, extra) => {
        const base = sizeCluster(values).brokers;
        expect(sizeCluster({ ...values, volumes: Math.min(24, values.volumes + extra) }).brokers).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('evaluate mode at the recommended count never exceeds a cap in the chosen failure mode', () => {
    fc.assert(
      fc.property(validInputs, (values) => {
        const sized = sizeCluster(values);
        const evaluated = evaluateCluster(values, sized.brokers);
        const checked: ResourceId[] = ['networkIn', 'networkOut', 'disk', 'storage', 'partitions'];
        if (values['count-cpu']) checked.push('cpu');
        for (const id of checked) {
          const utilization = evaluated.utilization.failure[id];
          if (utilization !== null) expect(utilization, id).toBeLessThanOrEqual(evaluated.utilization.caps[id] + 1e-9);
        }
        expect(evaluated.maxWritePeakMBps).toBeGreaterThanOrEqual(sized.workload.writePeakMBps * (1 - 1e-9));
      }),
    );
  });
});
