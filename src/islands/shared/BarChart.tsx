/**
 * A small hand-written horizontal SVG bar chart (no chart library: island JS
 * budget). Each row may carry several series (drawn as stacked thin bars) and
 * a reference mark such as a cap. Every value is also printed as text, and the
 * same numbers are offered as a table, so nothing relies on colour alone.
 */
import { useId } from 'preact/hooks';

export interface BarSeries {
  label: string;
  /** Tailwind text colour class; bars are filled with currentColor. */
  colorClass: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series; null draws nothing (not applicable). */
  values: readonly (number | null)[];
  /** Printed value per series. */
  valueTexts: readonly string[];
  /** Highlighted row (e.g. the binding constraint), also marked in text. */
  emphasis?: string;
  /** A mark drawn across the row, e.g. a utilization cap. */
  reference?: number;
}

export interface BarChartProps {
  title: string;
  rows: readonly BarRow[];
  series: readonly BarSeries[];
  /** Value at the right edge of the plot. */
  max: number;
  /** Label of the reference marks, for the legend and the table. */
  referenceLabel?: string;
  formatReference?: (value: number) => string;
}

const WIDTH = 640;
const LABEL = 160;
const VALUE = 140;
const BAR = 14;
const GAP = 10;

export function BarChart(props: BarChartProps) {
  const titleId = `${useId()}-title`;
  const plot = WIDTH - LABEL - VALUE;
  const max = props.max > 0 ? props.max : 1;
  const rowHeight = props.series.length * BAR + GAP;
  const height = props.rows.length * rowHeight + GAP;
  const x = (value: number) => LABEL + (Math.min(Math.max(value, 0), max) / max) * plot;
  return (
    <figure class="m-0">
      <figcaption id={titleId} class="text-sm font-semibold">
        {props.title}
      </figcaption>
      {(props.series.length > 1 || props.referenceLabel) && (
        <ul class="mt-1 flex flex-wrap gap-x-4 text-xs text-muted" aria-hidden="true">
          {props.series.map((series) => (
            <li key={series.label} class="flex items-center gap-1">
              <svg width="12" height="12" class={series.colorClass}>
                <rect width="12" height="12" fill="currentColor" />
              </svg>
              {series.label}
            </li>
          ))}
          {props.referenceLabel && <li>┆ {props.referenceLabel}</li>}
        </ul>
      )}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} class="mt-1 h-auto w-full text-fg" role="img" aria-labelledby={titleId}>
        <line x1={LABEL} x2={LABEL} y1={0} y2={height} stroke="currentColor" class="text-border" />
        {props.rows.map((row, rowIndex) => {
          const top = GAP / 2 + rowIndex * rowHeight;
          return (
            <g key={row.key}>
              <text x={LABEL - 6} y={top + (props.series.length * BAR) / 2} text-anchor="end" dominant-baseline="middle" font-size="12" fill="currentColor" font-weight={row.emphasis ? 700 : 400}>
                {row.emphasis ? `${row.label} ★` : row.label}
              </text>
              {row.values.map((value, seriesIndex) => {
                const series = props.series[seriesIndex];
                const y = top + seriesIndex * BAR;
                return (
                  <g key={seriesIndex} class={series?.colorClass}>
                    {value !== null && <rect x={LABEL} y={y + 1} width={Math.max(0, x(value) - LABEL)} height={BAR - 2} fill="currentColor" />}
                    <text x={WIDTH - VALUE + 6} y={y + BAR / 2} dominant-baseline="middle" font-size="11" class="text-fg" fill="currentColor">
                      {row.valueTexts[seriesIndex]}
                    </text>
                  </g>
                );
              })}
              {row.reference !== undefined && (
                <line x1={x(row.reference)} x2={x(row.reference)} y1={top - 3} y2={top + props.series.length * BAR + 3} stroke="currentColor" stroke-width="2" stroke-dasharray="3 2" class="text-danger" />
              )}
            </g>
          );
        })}
      </svg>
      <details class="mt-1 text-sm">
        <summary class="cursor-pointer text-muted">Show as a table</summary>
        <table class="mt-1 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" class="pr-2">Item</th>
              {props.series.map((series) => (
                <th key={series.label} scope="col" class="pr-2">
                  {series.label}
                </th>
              ))}
              {props.referenceLabel && <th scope="col">{props.referenceLabel}</th>}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" class="pr-2 font-normal">
                  {row.label}
                  {row.emphasis && ` (${row.emphasis})`}
                </th>
                {row.valueTexts.map((text, index) => (
                  <td key={index} class="pr-2">
                    {text}
                  </td>
                ))}
                {props.referenceLabel && <td>{row.reference === undefined ? '' : (props.formatReference?.(row.reference) ?? String(row.reference))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
