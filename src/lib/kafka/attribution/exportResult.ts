import { toCsv, type CsvCell } from '../../inputs/exportResults';
import { formatCents, formatRatio } from './exactNumbers';
import type { AttributionResult, LineItem } from './model';
import type { PoolId } from './pools';

/** Decimals kept when an exact share or driver value is written out as text. */
const SHARE_DIGITS = 10;

export function lineShare(line: LineItem): string {
  return formatRatio(line.weight, line.totalWeight, SHARE_DIGITS);
}

export function lineDriverValue(line: LineItem): string {
  return formatRatio(line.driverValue, line.driverScale, 6);
}

const CSV_HEADER = ['pool', 'topic', 'team', 'driver', 'driver_value', 'share', 'amount', 'method'];

/**
 * Line items as CSV, one row per line. The amount is written as a number in currency units
 * (the exact cents, shown as a decimal), so spreadsheets can sum it.
 */
export function lineItemsToCsv(result: AttributionResult): string {
  const rows: CsvCell[][] = [CSV_HEADER];
  for (const line of result.lines) {
    rows.push([line.pool, line.topic, line.team, line.driver, lineDriverValue(line), lineShare(line), Number(formatCents(line.amountCents)), describeMethod(line)]);
  }
  return toCsv(rows);
}

export function describeMethod(line: LineItem): string {
  return line.fallbackTier > 0 ? `${line.method} (fallback tier ${line.fallbackTier})` : line.method;
}

export interface AttributionJson {
  totalCents: number;
  topics: { topic: string; team: string; internal: boolean; amountCents: number; pools: Partial<Record<PoolId, number>> }[];
  teams: { team: string; kind: string; amountCents: number }[];
  pools: { pool: PoolId; amountCents: number; driver: string; fallbackTier: number; idleCents: number; utilisation?: string }[];
  lines: {
    pool: PoolId;
    topic: string;
    team: string;
    driver: string;
    driverValue: string;
    share: string;
    amountCents: number;
    method: string;
    fallbackTier: number;
    roundingAdjCents: number;
  }[];
  warnings: string[];
}

/** The result with cents as plain numbers (safe: a bill below 90 trillion dollars). */
export function attributionToJson(result: AttributionResult): AttributionJson {
  return {
    totalCents: Number(result.totalCents),
    topics: result.topics.map((topic) => ({
      topic: topic.topic,
      team: topic.team,
      internal: topic.internal,
      amountCents: Number(topic.amountCents),
      pools: Object.fromEntries(Object.entries(topic.pools).map(([pool, cents]) => [pool, Number(cents)])),
    })),
    teams: result.teams.map((team) => ({ team: team.team, kind: team.kind, amountCents: Number(team.amountCents) })),
    pools: result.pools.map((pool) => ({
      pool: pool.pool,
      amountCents: Number(pool.amountCents),
      driver: pool.driver,
      fallbackTier: pool.fallbackTier,
      idleCents: Number(pool.idleCents),
      ...(pool.utilisation !== undefined ? { utilisation: pool.utilisation } : {}),
    })),
    lines: result.lines.map((line) => ({
      pool: line.pool,
      topic: line.topic,
      team: line.team,
      driver: line.driver,
      driverValue: lineDriverValue(line),
      share: lineShare(line),
      amountCents: Number(line.amountCents),
      method: line.method,
      fallbackTier: line.fallbackTier,
      roundingAdjCents: line.roundingAdjCents,
    })),
    warnings: result.warnings,
  };
}
