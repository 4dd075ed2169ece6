import { centsAsBigInt } from '../allocatedLine';
import type { AttributionResult, TeamResult, TopicResult } from '../model';
import { POOL_IDS, type PoolId } from '../pools';
import { teamKind } from './booking';
import type { AllocationContext } from './context';
import { statePolicies } from './statePolicies';

/** The result: each topic's cents per pool, each team's total (largest first), the bill's total. */
export function totals(context: AllocationContext): AttributionResult {
  const { ledger, objects } = context;
  const topics: TopicResult[] = context.topics.map((object) => {
    const poolCells: Partial<Record<PoolId, bigint>> = {};
    for (let index = 0; index < POOL_IDS.length; index++) {
      const cell = ledger.get(object.row, index);
      if (cell !== 0) poolCells[POOL_IDS[index]!] = centsAsBigInt(cell);
    }
    return {
      topic: object.id,
      team: object.team,
      teamKind: object.teamKind,
      internal: object.internal,
      owner: object.owner,
      match: object.match,
      ruleLine: object.ruleLine,
      amountCents: centsAsBigInt(ledger.total(object.row)),
      pools: poolCells,
    };
  });
  // Team sums in doubles, exact below 2^53 like every sum of cells (see CentsLedger).
  const teams = new Map<string, { cents: number; members: string[] }>();
  let totalCents = 0;
  for (const object of objects) {
    const cents = ledger.total(object.row);
    totalCents += cents;
    const team = teams.get(object.team);
    if (team) {
      team.cents += cents;
      team.members.push(object.id);
    } else {
      teams.set(object.team, { cents, members: [object.id] });
    }
  }
  const teamResults: TeamResult[] = [...teams]
    .map(([team, value]) => ({ team, kind: teamKind(team), amountCents: centsAsBigInt(value.cents), members: value.members }))
    .sort((a, b) => (a.amountCents === b.amountCents ? (a.team < b.team ? -1 : 1) : a.amountCents > b.amountCents ? -1 : 1));
  return {
    totalCents: centsAsBigInt(totalCents),
    policies: statePolicies(context.policies),
    pools: context.poolResults,
    topics,
    teams: teamResults,
    lines: context.lines,
    warnings: context.warnings,
  };
}
