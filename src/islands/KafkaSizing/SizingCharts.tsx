/** The three charts of the sizing result: constraints, utilization, cost. */
import { constraintIds, constraintLabels, resourceIds, type SizingResult } from '../../lib/kafka/sizing/sizeCluster';
import { BarChart } from '../shared/BarChart';
import { money, num, percent } from './display';

const costLines = [
  ['brokers', 'Brokers'],
  ['storage', 'Block storage'],
  ['tiered', 'Tiered storage'],
  ['throughput', 'Provisioned throughput'],
  ['iops', 'Provisioned IOPS (gp3)'],
  ['crossAz', 'Cross-zone transfer'],
  ['dataIn', 'Express data in'],
] as const;

export function SizingCharts({ result }: { result: SizingResult }) {
  const needed = constraintIds.map((id) => result.constraints[id].brokersNeeded);
  const utilization = resourceIds.flatMap((id) => [result.utilization.normal[id] ?? 0, result.utilization.failure[id] ?? 0]);
  const costs = costLines.filter(([key]) => result.cost.monthly[key] > 0);
  return (
    <div class="space-y-6">
      <BarChart
        title={`Brokers needed per constraint (★ sets the count; dashed line: ${result.brokers} ${result.mode === 'size' ? 'recommended' : 'evaluated'})`}
        series={[{ label: 'Brokers needed', colorClass: 'text-accent' }]}
        max={Math.max(result.brokers, ...needed) * 1.05}
        referenceLabel={result.mode === 'size' ? 'Recommended' : 'Evaluated'}
        formatReference={(value) => String(value)}
        rows={constraintIds.map((id) => {
          const constraint = result.constraints[id];
          return {
            key: id,
            // Only the CPU heuristic can be left out of the count.
            label: constraint.counted ? constraint.label : 'CPU (not counted)',
            values: [constraint.brokersNeeded],
            valueTexts: [`${num(constraint.brokersNeeded)} → ${constraint.brokersRounded}`],
            emphasis: id === result.binding ? 'sets the count' : undefined,
            reference: result.brokers,
          };
        })}
      />
      <BarChart
        title={`Utilization per broker at ${result.brokers} brokers (dashed line: cap)`}
        series={[
          { label: 'Normal', colorClass: 'text-accent' },
          { label: `Failure mode (×${num(result.utilization.failureMultiplier)})`, colorClass: 'text-warn' },
        ]}
        max={Math.max(1, ...utilization) * 1.05}
        referenceLabel="Cap"
        formatReference={percent}
        rows={resourceIds.map((id) => ({
          key: id,
          label: constraintLabels[id],
          values: [result.utilization.normal[id], result.utilization.failure[id]],
          valueTexts: [percent(result.utilization.normal[id]), percent(result.utilization.failure[id])],
          reference: result.utilization.caps[id],
        }))}
      />
      <BarChart
        title={`Monthly cost: ${money(result.cost.monthly.total)} in total`}
        series={[{ label: 'USD per month', colorClass: 'text-accent' }]}
        max={Math.max(...costs.map(([key]) => result.cost.monthly[key]), 1) * 1.05}
        rows={costs.map(([key, label]) => ({
          key,
          label,
          values: [result.cost.monthly[key]],
          valueTexts: [`${money(result.cost.monthly[key])} (${percent(result.cost.share[key])})`],
        }))}
      />
    </div>
  );
}
