/**
 * A small hand-written SVG line chart: several series over one x range, point
 * markers, nice gridlines and a legend. No chart library (island JS budget).
 * The SVG is one labelled image; callers pass the text alternative (usually a
 * table) as children, rendered inside the same figure.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { linearScale, niceCeiling, niceTicks, type Domain } from './lineChartScale';
import { useContainerWidth } from './useContainerWidth';

export interface LinePoint {
  x: number;
  y: number;
}

export interface LineSeries {
  key: string;
  label: string;
  points: readonly LinePoint[];
  /** Tailwind text colour class; the line is drawn in currentColor. */
  colorClass: string;
  /** SVG stroke-dasharray, so series differ by more than colour. */
  dash?: string;
}

export interface PointMarker {
  key: string;
  x: number;
  y: number;
  /** Shown as the marker's tooltip and in the legend. */
  label: string;
  colorClass: string;
  shape: 'circle' | 'diamond';
}

export interface LineChartProps {
  title: string;
  series: readonly LineSeries[];
  markers?: readonly PointMarker[];
  /** What each marker shape means, for the legend. */
  markerLegend?: readonly { shape: PointMarker['shape']; label: string }[];
  xDomain: Domain;
  /** Upper end of the y axis; it is rounded up to a nice value and starts at 0. */
  yMax: number;
  xLabel: string;
  yLabel: string;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  /** The text alternative of the chart. */
  children?: ComponentChildren;
}

/** The drawing is as wide as its box (CSS px), 640 until the island has measured it. */
const INITIAL_WIDTH = 640;
const MARGIN = { top: 16, right: 20, bottom: 48, left: 72 };
const LABEL_SIZE = 12;

/** Half as tall as wide, between 240 and 320 px, with fewer ticks on a phone so their labels do not collide. */
function frameFor(width: number): { height: number; ticks: number } {
  return { height: Math.min(320, Math.max(240, Math.round(width / 2))), ticks: width < 480 ? 4 : 5 };
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`;
}

export function LineChart(props: LineChartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const clipId = `${id}-clip`;
  const [boxRef, width] = useContainerWidth<HTMLDivElement>(INITIAL_WIDTH);
  const { height, ticks } = frameFor(width);
  const yTop = niceCeiling(props.yMax, ticks);
  const x = linearScale(props.xDomain, [MARGIN.left, width - MARGIN.right]);
  const y = linearScale([0, yTop], [height - MARGIN.bottom, MARGIN.top]);
  const xTicks = niceTicks(props.xDomain[0], props.xDomain[1], ticks);
  const yTicks = niceTicks(0, yTop, ticks);
  const plotBottom = height - MARGIN.bottom;
  const markers = props.markers ?? [];
  return (
    <figure class="m-0">
      <div ref={boxRef}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          class="h-auto w-full text-fg"
          role="img"
          aria-labelledby={titleId}
          data-chart
        >
          <title id={titleId}>{props.title}</title>
          <defs>
            <clipPath id={clipId}>
              <rect x={MARGIN.left} y={MARGIN.top} width={width - MARGIN.left - MARGIN.right} height={plotBottom - MARGIN.top} />
            </clipPath>
          </defs>
          <g class="text-border" stroke="currentColor" stroke-width="1">
            {yTicks.map((tick) => (
              <line key={`y${tick}`} x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          <g class="text-muted tabular-nums" fill="currentColor" font-size={LABEL_SIZE}>
            {yTicks.map((tick) => (
              <text key={`yl${tick}`} x={MARGIN.left - 8} y={y(tick)} text-anchor="end" dominant-baseline="middle">
                {props.formatY(tick)}
              </text>
            ))}
            {xTicks.map((tick) => (
              <text key={`xl${tick}`} x={x(tick)} y={plotBottom + 18} text-anchor="middle">
                {props.formatX(tick)}
              </text>
            ))}
            <text x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 6} text-anchor="middle">
              {props.xLabel}
            </text>
            <text transform={`translate(14 ${(MARGIN.top + plotBottom) / 2}) rotate(-90)`} text-anchor="middle">
              {props.yLabel}
            </text>
          </g>
          <line
            class="text-muted"
            stroke="currentColor"
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={plotBottom}
            y2={plotBottom}
          />
          <g clip-path={`url(#${clipId})`} fill="none" stroke-width="2.5" stroke-linejoin="round">
            {props.series.map((line) => (
              <path
                key={line.key}
                class={line.colorClass}
                stroke="currentColor"
                stroke-dasharray={line.dash}
                d={line.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.x).toFixed(1)} ${y(point.y).toFixed(1)}`).join('')}
              />
            ))}
          </g>
          {markers.map((marker) => {
            const cx = x(marker.x);
            const cy = y(marker.y);
            return (
              <g key={marker.key} class={marker.colorClass}>
                <title>{marker.label}</title>
                {marker.shape === 'circle' ? (
                  <circle cx={cx} cy={cy} r="6" fill="currentColor" stroke="var(--c-bg)" stroke-width="2" />
                ) : (
                  <path d={diamond(cx, cy, 8)} fill="var(--c-bg)" stroke="currentColor" stroke-width="2.5" />
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <ul class="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Legend">
        {props.series.map((line) => (
          <li key={line.key} class="flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true" class={line.colorClass}>
              <line x1="0" x2="28" y1="5" y2="5" stroke="currentColor" stroke-width="2.5" stroke-dasharray={line.dash} />
            </svg>
            {line.label}
          </li>
        ))}
        {(props.markerLegend ?? []).map((entry) => (
          <li key={entry.label} class="flex items-center gap-2">
            <svg width="16" height="16" aria-hidden="true" class="text-fg">
              {entry.shape === 'circle' ? (
                <circle cx="8" cy="8" r="5" fill="currentColor" />
              ) : (
                <path d={diamond(8, 8, 6)} fill="none" stroke="currentColor" stroke-width="2" />
              )}
            </svg>
            {entry.label}
          </li>
        ))}
      </ul>
      {props.children}
    </figure>
  );
}
