/** Per-team horizontal bar chart, hand-written SVG; the team table next to it is its text alternative. */
import type { TeamKind, TeamResult } from '../../lib/kafka/attribution/model';
import { useContainerWidth } from '../shared/useContainerWidth';
import { formatMoney } from './formatMoney';

const KIND_FILL: Record<TeamKind, string> = {
  team: 'fill-accent',
  platform: 'fill-muted',
  idle: 'fill-warn',
  unallocated: 'fill-danger',
};

const ROW = 28;
/** The widest drawing (CSS px), and its width until the island has measured its box. */
const MAX_WIDTH = 672;
/** Team names take up to this share of the width, money at most VALUE_WIDTH: the bars get the rest. */
const LABEL_SHARE = 0.3;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 110;

export function TeamChart({ teams, tableId }: { teams: TeamResult[]; tableId: string }) {
  const shown = teams.filter((team) => team.amountCents !== 0n);
  const max = shown.reduce((m, team) => (team.amountCents > m ? team.amountCents : m), 0n);
  const [boxRef, boxWidth] = useContainerWidth<HTMLElement>(MAX_WIDTH);
  // Drawn at the box's own width, so labels stay 12 CSS px on a phone instead of shrinking with the drawing.
  const width = Math.min(boxWidth, MAX_WIDTH);
  const labelWidth = Math.min(LABEL_WIDTH, Math.round(width * LABEL_SHARE));
  const barWidthMax = Math.max(40, width - labelWidth - VALUE_WIDTH);
  const labelChars = Math.max(8, Math.floor(labelWidth / 7));
  const height = shown.length * ROW + 8;
  const summary = shown.map((team) => `${team.team} ${formatMoney(team.amountCents)}`).join(', ');
  return (
    <figure class="mt-4" ref={boxRef}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} class="block max-w-full" data-chart role="img" aria-label={`Cost per team: ${summary}`}>
        {shown.map((team, index) => {
          const y = index * ROW + 4;
          const barWidth = max > 0n && team.amountCents > 0n ? Math.max(1, Number((team.amountCents * 10000n) / max) / 10000 * barWidthMax) : 0;
          return (
            <g key={team.team}>
              <text x={labelWidth - 8} y={y + ROW / 2 + 4} text-anchor="end" class="fill-fg text-[12px]">
                {team.team.length > labelChars ? `${team.team.slice(0, labelChars - 1)}…` : team.team}
              </text>
              <rect x={labelWidth} y={y + 4} width={barWidth} height={ROW - 10} class={KIND_FILL[team.kind]} />
              <text x={labelWidth + barWidth + 6} y={y + ROW / 2 + 4} class="fill-fg text-[12px]">
                {formatMoney(team.amountCents)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="text-sm text-muted">
        Cost per team. Bars: teams in the accent colour, Platform grey, Idle amber, Unallocated red. The{' '}
        <a href={`#${tableId}`} class="underline">
          team table
        </a> lists the same amounts.
      </figcaption>
    </figure>
  );
}
