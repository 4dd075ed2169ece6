import { describe, expect, it } from 'vitest';
import {
  followersOutsideLeaderZone,
  placementStatement,
  replicasInLeaderZone,
  replicasLeftAfterZoneLoss,
  replicasPerZone,
  zonesWithReplica,
} from './replicaPlacement';

describe('replica placement (StripedReplicaPlacer striping)', () => {
  it('puts one replica in each zone when RF equals the zones', () => {
    expect(replicasPerZone(3, 3)).toEqual([1, 1, 1]);
    expect(followersOutsideLeaderZone(3, 3)).toBe(2);
  });

  it('puts the fourth replica of RF 4 over 3 zones in the leader zone (racks A, B, C, then A again)', () => {
    expect(replicasPerZone(4, 3)).toEqual([2, 1, 1]);
    expect(replicasInLeaderZone(4, 3)).toBe(2);
    expect(followersOutsideLeaderZone(4, 3)).toBe(2);
    expect(replicasLeftAfterZoneLoss(4, 3)).toBe(2);
  });

  it('stripes RF 5 over 3 zones as A, B, C, A, B', () => {
    expect(replicasPerZone(5, 3)).toEqual([2, 2, 1]);
    expect(followersOutsideLeaderZone(5, 3)).toBe(3);
  });

  it('leaves zones empty when RF is below the zones', () => {
    expect(replicasPerZone(2, 3)).toEqual([1, 1, 0]);
    expect(zonesWithReplica(2, 3)).toBe(2);
    expect(followersOutsideLeaderZone(2, 3)).toBe(1);
  });

  it('keeps every replica in the leader zone with one zone', () => {
    expect(replicasPerZone(3, 1)).toEqual([3]);
    expect(followersOutsideLeaderZone(3, 1)).toBe(0);
  });

  it('always places exactly RF replicas', () => {
    for (let rf = 1; rf <= 7; rf++) {
      for (let zones = 1; zones <= 6; zones++) {
        expect(replicasPerZone(rf, zones).reduce((sum, count) => sum + count, 0)).toBe(rf);
      }
    }
  });

  it('refuses a replication factor or zone count that is not a positive whole number', () => {
    expect(() => replicasPerZone(0, 3)).toThrow(/Replication factor/);
    expect(() => replicasPerZone(3, 1.5)).toThrow(/Zones/);
  });

  it('states the placement in one sentence', () => {
    expect(placementStatement(4, 3)).toBe(
      "RF 4 over 3 zones: replicas per zone 2 / 1 / 1 (the preferred leader's zone first, as Kafka's StripedReplicaPlacer stripes them), so 2 followers sit outside the leader's zone.",
    );
  });
});
