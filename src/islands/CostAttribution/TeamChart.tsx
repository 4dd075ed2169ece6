/** Per-team horizontal bar chart, hand-written SVG; the team table next to it is its text alternative. */
import type { TeamKind, TeamResult } from '../../lib/kafka/attribution/model';
import { formatMoney } from './formatMoney';

const KIND_FILL: Record<TeamKind, string> = {
  team: 'fill-accent',
  platform: 'fill-muted',
  idle: 'fill-warn',
  unallocated: 'fill-danger',
};

const ROW = 28;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 330;
const VALUE_WIDTH = 110;

export function TeamChart({ teams, tableId }: { teams: TeamResult[]; tableId: string }) {
  const shown = teams.filter((team) => team.amountCents !== 0n);
  const max = shown.reduce((m, team) => (team.amountCents > m ? team.amountCents : m), 0n);
  const height = shown.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const summary = shown.map((team) => `${team.team} ${formatMoney(team.amountCents)}`).join(', ');
  return (
    <figure class="mt-4">
      <svg viewBox={`0 0 ${width} ${height}`} class="h-auto w-full max-w-2xl" role="img" aria-label={`Cost per team: ${summary}`}>
        {shown.map((team, index) => {
          const y = index * ROW + 4;
          const barWidth = max > 0n && team.amountCents > 0n ? Math.max(1, Number((team.amountCents * 10000n) / max) / 10000 * BAR_WIDTH) : 0;
          return (
            <g key={team.team}>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} text-anchor="end" class="fill-fg text-[12px]">
                {team.team.length > 24 ? `${team.team.slice(0, 23)}…` : team.team}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={barWidth} height={ROW - 10} class={KIND_FILL[team.kind]} />
              <text x={LABEL_WIDTH + barWidth + 6} y={y + ROW / 2 + 4} class="fill-fg text-[12px]">
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
