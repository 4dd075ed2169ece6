/** Every formula of the result with the current numbers filled in. */
import { constraintIds, type SizingResult } from '../../lib/kafka/sizing/sizeCluster';
import type { SizingValues } from '../../lib/kafka/sizing/sizingFields';
import { money, num, whole } from './display';

function Formula({ label, children }: { label: string; children: string }) {
  return (
    <li>
      <span class="font-medium">{label}: </span>
      <code class="break-words text-sm">{children}</code>
    </li>
  );
}

export function ExplainPanel({ result, values }: { result: SizingResult; values: SizingValues }) {
  const { crossAz, storage, cost, workload, brokerType } = result;
  const n = result.brokers;
  const z = values.zones;
  const s = result.utilization.failureMultiplier;
  const failureText =
    values.failure === 'zone'
      ? `N / (N − ceil(N / Z)) = ${n} / (${n} − ${Math.ceil(n / z)}) = ${num(s)}`
      : values.failure === 'broker'
        ? `N / (N − 1) = ${n} / ${n - 1} = ${num(s)}`
        : '1 (no failure mode)';
  return (
    <details class="rounded border border-border p-3" open>
      <summary class="cursor-pointer font-semibold">Explain: every formula with the current numbers</summary>
      <h3 class="mt-3 text-base font-semibold">Brokers needed per constraint</h3>
      <ul class="mt-1 space-y-1">
        {constraintIds.map((id) => (
          <Formula key={id} label={result.constraints[id].label}>
            {result.constraints[id].formula}
          </Formula>
        ))}
        <Formula label="Recommendation">{`max of the counted constraints, rounded up to a multiple of ${z} zones = ${result.recommendedBrokers}`}</Formula>
      </ul>
      <h3 class="mt-3 text-base font-semibold">Load per broker at {n} brokers</h3>
      <ul class="mt-1 space-y-1">
        <Formula label="Failure multiplier">{failureText}</Formula>
        <Formula label="Network in">{`${num(workload.writePeakMBps)} MB/s × ${brokerType.service === 'msk-express' ? 1 : values.rf} / ${n} = ${num(result.perBroker.networkInMBps)} MB/s`}</Formula>
        <Formula label="Network out">{`${num(workload.writePeakMBps)} MB/s × ${num((result.perBroker.networkOutMBps * n) / workload.writePeakMBps)} / ${n} = ${num(result.perBroker.networkOutMBps)} MB/s`}</Formula>
        <Formula label="Disk">{`write ${num(result.perBroker.diskWriteMBps)} + read ${num(result.perBroker.diskReadMBps)} = ${num(result.perBroker.diskWriteMBps + result.perBroker.diskReadMBps)} MB/s`}</Formula>
        <Formula label="Largest peak write within the caps">{`min over resources of cap × capacity × N / (multiplier × factor) = ${num(result.maxWritePeakMBps)} MB/s`}</Formula>
      </ul>
      <h3 class="mt-3 text-base font-semibold">Storage</h3>
      <ul class="mt-1 space-y-1">
        <Formula label="Held by all replicas">{`${num(workload.writeAvgMBps)} MB/s × ${num(values['local-retention-hours'] ?? values['retention-hours'])} h × 3600 × RF ${values.rf} / 1000 = ${whole(storage.clusterGB)} GB`}</Formula>
        <Formula label="Overhead">{`half a segment per partition replica + one retention-check interval = ${whole(storage.overheadGB)} GB`}</Formula>
        <Formula label="Disk per broker">{`(${whole(storage.clusterGB)} + ${whole(storage.overheadGB)}) GB / (${n} × ${num(values.fill)}) = ${whole(storage.provisionedPerBrokerGB)} GB`}</Formula>
        <Formula label="Longest local retention">{storage.maxLocalRetentionHours === null ? 'no per-broker storage limit' : `${num(storage.maxLocalRetentionHours)} h`}</Formula>
      </ul>
      <h3 class="mt-3 text-base font-semibold">Cross-zone traffic (average rates)</h3>
      <ul class="mt-1 space-y-1">
        <Formula label="Produce">{`${num(workload.writeAvgMBps)} × (${z} − 1) / ${z} = ${num(crossAz.terms.produceMBps)} MB/s`}</Formula>
        <Formula label="Replication">{`${num(crossAz.terms.replicationMBps)} MB/s${crossAz.replicationBilled ? '' : ' (not billed on MSK)'}`}</Formula>
        <Formula label="Consume">{`${num(crossAz.terms.consumeMBps)} MB/s${values['fetch-from-follower'] ? ' (fetch from follower)' : ''}`}</Formula>
        <Formula label="Per month">{`${num(crossAz.MBps)} MB/s × 3600 × 730 / 1000 = ${whole(crossAz.monthlyGB)} GB × $${brokerType.crossAzPricePerGB} = ${money(crossAz.monthlyCost)}`}</Formula>
        <Formula label="Consumers on leaders vs fetch from follower">{`${money(crossAz.withoutFetchFromFollower.monthlyCost)} vs ${money(crossAz.withFetchFromFollower.monthlyCost)} per month`}</Formula>
      </ul>
      <h3 class="mt-3 text-base font-semibold">Monthly cost</h3>
      <ul class="mt-1 space-y-1">
        <Formula label="Brokers">{`${n} × $${brokerType.priceHour}/h × 730 h = ${money(cost.monthly.brokers)}`}</Formula>
        <Formula label="Block storage">{`${money(cost.monthly.storage)} at $${num(brokerType.storagePricePerGBMonth)}/GB-month`}</Formula>
        <Formula label="Tiered storage">{`${whole(storage.tieredGB)} GB × $${brokerType.tieredPricePerGBMonth}/GB-month = ${money(cost.monthly.tiered)}`}</Formula>
        <Formula label="Provisioned throughput">{money(cost.monthly.throughput)}</Formula>
        <Formula label="Total">{money(cost.monthly.total)}</Formula>
      </ul>
    </details>
  );
}
