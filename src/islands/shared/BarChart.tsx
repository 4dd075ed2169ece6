/**
 * A small hand-written horizontal SVG bar chart (no chart library: island JS
 * budget). Each row may carry several series (drawn as stacked thin bars) and
 * a reference mark such as a cap. Every value is also printed as text, and the
 * same numbers are offered as a table, so nothing relies on colour alone.
 */
import { useId } from 'preact/hooks';
import { useContainerWidth } from './useContainerWidth';

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

/** The drawing is as wide as its box (CSS px), 640 until the island has measured it. */
const INITIAL_WIDTH = 640;
/** Narrower than this, each row's label sits above its bars instead of beside them. */
const STACK_BELOW = 560;
const LABEL_SIZE = 13;
const VALUE_SIZE = 12;
const BAR = 14;
const GAP = 10;

interface Layout {
  width: number;
  /** Left edge of the bars. */
  plotLeft: number;
  plotWidth: number;
  /** Height of the label line above the bars (0 when labels sit beside them). */
  labelLine: number;
}

function layoutFor(width: number): Layout {
  const value = Math.min(140, Math.round(width * 0.36));
  if (width < STACK_BELOW) return { width, plotLeft: 0, plotWidth: width - value, labelLine: LABEL_SIZE + 6 };
  const label = Math.min(190, Math.round(width * 0.3));
  return { width, plotLeft: label, plotWidth: width - label - value, labelLine: 0 };
}

export function BarChart(props: BarChartProps) {
  const titleId = `${useId()}-title`;
  const [boxRef, boxWidth] = useContainerWidth<HTMLDivElement>(INITIAL_WIDTH);
  const { width, plotLeft, plotWidth, labelLine } = layoutFor(boxWidth);
  const max = props.max > 0 ? props.max : 1;
  const rowHeight = labelLine + props.series.length * BAR + GAP;
  const height = props.rows.length * rowHeight + GAP;
  const x = (value: number) => plotLeft + (Math.min(Math.max(value, 0), max) / max) * plotWidth;
  const valueX = plotLeft + plotWidth + 6;
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
      <div ref={boxRef} class="mt-1">
        <svg viewBox={`0 0 ${width} ${height}`} class="h-auto w-full text-fg" role="img" aria-labelledby={titleId} data-chart>
          <line x1={plotLeft} x2={plotLeft} y1={0} y2={height} stroke="currentColor" class="text-border" />
          {props.rows.map((row, rowIndex) => {
            const top = GAP / 2 + rowIndex * rowHeight;
            const barsTop = top + labelLine;
            const label = row.emphasis ? `${row.label} ★` : row.label;
            return (
              <g key={row.key}>
                {labelLine > 0 ? (
                  <text x={plotLeft + 4} y={top + LABEL_SIZE} font-size={LABEL_SIZE} fill="currentColor" font-weight={row.emphasis ? 700 : 400}>
                    {label}
                  </text>
                ) : (
                  <text x={plotLeft - 6} y={barsTop + (props.series.length * BAR) / 2} text-anchor="end" dominant-baseline="middle" font-size={LABEL_SIZE} fill="currentColor" font-weight={row.emphasis ? 700 : 400}>
                    {label}
                  </text>
                )}
                {row.values.map((value, seriesIndex) => {
                  const series = props.series[seriesIndex];
                  const y = barsTop + seriesIndex * BAR;
                  return (
                    <g key={seriesIndex} class={series?.colorClass}>
                      {value !== null && <rect x={plotLeft} y={y + 1} width={Math.max(0, x(value) - plotLeft)} height={BAR - 2} fill="currentColor" />}
                      <text x={valueX} y={y + BAR / 2} dominant-baseline="middle" font-size={VALUE_SIZE} class="text-fg tabular-nums" fill="currentColor">
                        {row.valueTexts[seriesIndex]}
                      </text>
                    </g>
                  );
                })}
                {row.reference !== undefined && (
                  <line x1={x(row.reference)} x2={x(row.reference)} y1={barsTop - 3} y2={barsTop + props.series.length * BAR + 3} stroke="currentColor" stroke-width="2" stroke-dasharray="3 2" class="text-danger" />
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <details class="mt-1 text-sm">
        <summary class="cursor-pointer text-muted">Show as a table</summary>
        <table class="mt-1 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" class="pr-2">Item</th>
              {props.series.map((series) => (
                <th key={series.label} scope="col" class="pr-2 text-right">
                  {series.label}
                </th>
              ))}
              {props.referenceLabel && <th scope="col" class="text-right">{props.referenceLabel}</th>}
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
                  <td key={index} class="pr-2 text-right tabular-nums">
                    {text}
                  </td>
                ))}
                {props.referenceLabel && <td class="text-right tabular-nums">{row.reference === undefined ? '' : (props.formatReference?.(row.reference) ?? String(row.reference))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
