import { describe, expect, it } from 'vitest';
import { brokerCatalog, findBrokerType } from './brokerCatalog';
import { referenceSources } from './referenceSources';
import { limits, prices, rulesOfThumb } from './sizingConstants';

describe('broker catalog', () => {
  it('has every family the issue names', () => {
    const families = new Set(brokerCatalog.map((row) => row.id.replace(/\.[^.]+$/, '')));
    expect([...families]).toEqual(['m5', 'm6i', 'm7g', 'r6i', 'i3en', 'i4i', 'kafka.m5', 'kafka.m7g', 'express.m7g']);
  });

  it('has unique ids and positive figures everywhere the model divides', () => {
    expect(new Set(brokerCatalog.map((row) => row.id)).size).toBe(brokerCatalog.length);
    for (const row of brokerCatalog) {
      expect(row.vcpu, row.id).toBeGreaterThan(0);
      expect(row.recommendedPartitions, row.id).toBeGreaterThan(0);
      expect(row.priceHour, row.id).toBeGreaterThan(0);
      if (row.service === 'msk-express') expect(row.expressIngressMBps, row.id).toBeGreaterThan(0);
      else {
        expect(row.nicBaselineGbps, row.id).toBeGreaterThan(0);
        expect(row.ebsBaselineMBps, row.id).toBeGreaterThan(0);
      }
      if (row.nicBurstGbps !== undefined) expect(row.nicBurstGbps, row.id).toBeGreaterThan(row.nicBaselineGbps);
    }
  });

  it('carries the published figures (AWS EC2 User Guide, MSK docs, msk_sizing.py)', () => {
    expect(findBrokerType('m5.large')).toMatchObject({ nicBaselineGbps: 0.75, nicBurstGbps: 10, ebsBaselineMBps: 81.25, priceHour: 0.096 });
    expect(findBrokerType('m7g.2xlarge')).toMatchObject({ vcpu: 8, nicBaselineGbps: 3.75, ebsBaselineMBps: 312.5, priceHour: 0.3264 });
    expect(findBrokerType('i3en.6xlarge')).toMatchObject({ storage: 'instance-store', instanceStoreGB: 15000, nicBaselineGbps: 25 });
    expect(findBrokerType('kafka.m5.4xlarge')).toMatchObject({ mskMaxProvisionedMiBps: 593, recommendedPartitions: 4000, priceHour: 1.68 });
    expect(findBrokerType('kafka.m7g.large')).toMatchObject({ recommendedPartitions: 1000, priceHour: 0.204 });
    expect(findBrokerType('express.m7g.16xlarge')).toMatchObject({ expressIngressMBps: 500, recommendedPartitions: 20000, priceHour: 13.056 });
    expect(findBrokerType('nope')).toBeUndefined();
  });

  it('names a source with a URL and a date for every constant', () => {
    for (const figure of [...Object.values(prices), ...Object.values(limits), ...Object.values(rulesOfThumb)]) {
      const source = referenceSources[figure.source];
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.date).toMatch(/^\d{4}-\d{2}/);
    }
  });
});
