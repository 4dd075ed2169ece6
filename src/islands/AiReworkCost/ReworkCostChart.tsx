/** Cost per accepted change against first-pass acceptance for each model, break-even points marked, with a table alternative. */
import { formatDollars, formatDollarsShort, formatPercent } from '../../lib/calculators/format';
import { reportedCostAt, type ReworkChart, type ReworkReport } from '../../lib/ai/reworkReport';
import { LineChart, type PointMarker } from '../shared/LineChart';
import { seriesStyle } from './seriesStyle';

interface Props {
  chart: ReworkChart;
  report: ReworkReport;
}

function labelOf(report: ReworkReport, key: string): string {
  return report.models.find((model) => model.key === key)?.label ?? key;
}

/** Acceptance rates for the table: every 10% across the chart, plus each model's own rate. */
function tableRates(chart: ReworkChart): number[] {
  const rates = new Set<number>();
  for (let tenth = Math.ceil(chart.fromAcceptance * 10); tenth <= 10; tenth += 1) rates.add(tenth / 10);
  for (const line of chart.series) if (line.current) rates.add(line.current.acceptance);
  return [...rates].sort((a, b) => a - b);
}

export function ReworkCostChart({ chart, report }: Props) {
  const markers: PointMarker[] = [
    ...chart.series.flatMap((line) =>
      line.current
        ? [
            {
              key: `current-${line.key}`,
              x: line.current.acceptance,
              y: line.current.totalCost,
              label: `${line.label} now: ${formatDollars(line.current.totalCost)} at ${formatPercent(line.current.acceptance)}`,
              colorClass: seriesStyle[line.key]?.colorClass ?? 'text-fg',
              shape: 'circle' as const,
            },
          ]
        : [],
    ),
    ...chart.breakEven.map((marker) => ({
      key: `break-even-${marker.candidate}-${marker.target}`,
      x: marker.acceptance,
      y: marker.totalCost,
      label: `Break-even: ${labelOf(report, marker.candidate)} at ${formatPercent(marker.acceptance)} matches ${labelOf(report, marker.target)} (${formatDollars(marker.totalCost)})`,
      colorClass: seriesStyle[marker.candidate]?.colorClass ?? 'text-fg',
      shape: 'diamond' as const,
    })),
  ];
  const rates = tableRates(chart);
  const models = report.comparison.models;
  return (
    <LineChart
      title="Cost per accepted change against first-pass acceptance, per model"
      series={chart.series.map((line) => ({
        key: line.key,
        label: `${line.label} (${seriesStyle[line.key]?.name ?? 'line'})`,
        points: line.points.map((point) => ({ x: point.acceptance, y: point.totalCost })),
        colorClass: seriesStyle[line.key]?.colorClass ?? 'text-fg',
        dash: seriesStyle[line.key]?.dash,
      }))}
      markers={markers}
      markerLegend={[
        { shape: 'circle', label: "each model's current acceptance" },
        { shape: 'diamond', label: 'break-even against the other model' },
      ]}
      xDomain={[chart.fromAcceptance, 1]}
      yMax={chart.maxCost}
      xLabel="First-pass acceptance"
      yLabel="Cost per accepted change"
      formatX={formatPercent}
      formatY={formatDollarsShort}
    >
      <details class="mt-3 text-sm">
        <summary class="cursor-pointer font-semibold">The chart as a table</summary>
        <div class="mt-2 overflow-x-auto">
          <table class="min-w-full border-collapse text-left">
            <caption class="sr-only">Cost per accepted change (model + human) at each first-pass acceptance rate</caption>
            <thead>
              <tr class="border-b border-border">
                <th scope="col" class="py-1 pr-4">First-pass acceptance</th>
                {models.map((model) => (
                  <th key={model.key} scope="col" class="py-1 pr-4 text-right">
                    {model.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={rate} class="border-b border-border">
                  <th scope="row" class="py-1 pr-4 font-normal">
                    {formatPercent(rate)}
                  </th>
                  {chart.series.map((line) => {
                    const cost = reportedCostAt(report, line.key, rate);
                    const isCurrent = line.current !== null && Math.abs(line.current.acceptance - rate) < 1e-9;
                    return (
                      <td key={line.key} class="py-1 pr-4 text-right tabular-nums">
                        {cost === null ? '—' : formatDollars(cost)}
                        {isCurrent ? ' (now)' : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {chart.breakEven.length > 0 && (
            <ul class="mt-2 list-disc pl-5">
              {chart.breakEven.map((marker) => (
                <li key={`${marker.candidate}-${marker.target}`}>
                  Break-even: {labelOf(report, marker.candidate)} at {formatPercent(marker.acceptance)} costs{' '}
                  {formatDollars(marker.totalCost)}, the same as {labelOf(report, marker.target)} now.
                </li>
              ))}
            </ul>
          )}
        </div>
      </details>
    </LineChart>
  );
}
