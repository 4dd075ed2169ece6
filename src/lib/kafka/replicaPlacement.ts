/**
 * Where a partition's replicas sit across zones (racks), as Kafka 4's KRaft
 * controller places them: StripedReplicaPlacer (apache/kafka,
 * metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java,
 * read 2026-12-04) puts the leader in one rack and each further replica in the
 * next rack round-robin, skipping the leader's rack on the first lap. Replica
 * k (0 = preferred leader) therefore lands in zone (leader zone + k) mod Z: with
 * RF > Z the extra replicas go to the leader's zone first, then the next ones.
 * The sizing model and the cost attribution driver both use this one placement.
 */

/** Replicas per zone for one partition; index 0 is the preferred leader's zone, then the zones in placement order. */
export function replicasPerZone(rf: number, zones: number): number[] {
  if (!Number.isInteger(rf) || rf < 1) throw new RangeError(`Replication factor must be a whole number of at least 1, got ${rf}`);
  if (!Number.isInteger(zones) || zones < 1) throw new RangeError(`Zones must be a whole number of at least 1, got ${zones}`);
  return Array.from({ length: zones }, (_, zone) => Math.floor(rf / zones) + (zone < rf % zones ? 1 : 0));
}

/** Replicas in the preferred leader's own zone, the leader included: ceil(RF / Z). */
export function replicasInLeaderZone(rf: number, zones: number): number {
  return replicasPerZone(rf, zones)[0] ?? 0;
}

/** Followers outside the leader's zone, each of which fetches every write across a zone boundary: RF − ceil(RF / Z). */
export function followersOutsideLeaderZone(rf: number, zones: number): number {
  return rf - replicasInLeaderZone(rf, zones);
}

/** Zones that hold at least one replica of the partition: min(RF, Z). */
export function zonesWithReplica(rf: number, zones: number): number {
  return replicasPerZone(rf, zones).filter((count) => count > 0).length;
}

/** Replicas left when the zone holding the most of them (the leader's) is lost: RF − ceil(RF / Z). */
export function replicasLeftAfterZoneLoss(rf: number, zones: number): number {
  return rf - Math.max(...replicasPerZone(rf, zones));
}

/** One sentence stating the placement, for explain panels and method notes. */
export function placementStatement(rf: number, zones: number): string {
  const perZone = replicasPerZone(rf, zones);
  return `RF ${rf} over ${zones} zones: replicas per zone ${perZone.join(' / ')} (the preferred leader's zone first, as Kafka's StripedReplicaPlacer stripes them), so ${followersOutsideLeaderZone(rf, zones)} followers sit outside the leader's zone.`;
}
