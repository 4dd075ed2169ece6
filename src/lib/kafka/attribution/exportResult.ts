import { toCsv, type CsvCell } from '../../inputs/exportResults';
import { formatCents, formatRatio } from './exactNumbers';
import type { AttributionResult, LineItem, PolicyStatement } from './model';
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
  const chunks: string[] = [];
  writeLineItemsCsv(result, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/** Rows (or array elements) per chunk when an export is written piece by piece. */
const CHUNK_ITEMS = 10_000;

/**
 * lineItemsToCsv's text, handed to `write` a chunk at a time: a million topics make millions of
 * lines, more text than one JavaScript string may hold.
 */
export function writeLineItemsCsv(result: AttributionResult, write: (chunk: string) => void): void {
  write(toCsv([CSV_HEADER]));
  for (let start = 0; start < result.lines.length; start += CHUNK_ITEMS) {
    write(toCsv(result.lines.slice(start, start + CHUNK_ITEMS).map(csvRow)));
  }
}

function csvRow(line: LineItem): CsvCell[] {
  return [line.pool, line.topic, line.team, line.driver, lineDriverValue(line), lineShare(line), Number(formatCents(line.amountCents)), describeMethod(line)];
}

export function describeMethod(line: LineItem): string {
  return line.fallbackTier > 0 ? `${line.method} (fallback tier ${line.fallbackTier})` : line.method;
}

export interface AttributionJson {
  totalCents: number;
  /** Every policy followed, with what its value means (billing semantics, drivers, tie-break). */
  policies: { policy: string; label: string; value: string; meaning: string }[];
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

type JsonTopic = AttributionJson['topics'][number];
type JsonTeam = AttributionJson['teams'][number];
type JsonPool = AttributionJson['pools'][number];
type JsonLine = AttributionJson['lines'][number];

type JsonField = [key: keyof AttributionJson, value: number | readonly unknown[], toJson: (item: never) => unknown];

const asIs = (item: unknown) => item;

/** The JSON export's fields in order, each with how one of its items becomes JSON: the one list both exports follow. */
function jsonFields(result: AttributionResult, warnings: readonly string[]): JsonField[] {
  return [
    ['totalCents', Number(result.totalCents), asIs],
    ['policies', result.policies, (statement: PolicyStatement) => ({ ...statement })],
    ['topics', result.topics, topicJson],
    ['teams', result.teams, teamJson],
    ['pools', result.pools, poolJson],
    ['lines', result.lines, lineJson],
    ['warnings', warnings, asIs],
  ];
}

/** The result with cents as plain numbers (safe: a bill below 90 trillion dollars). */
export function attributionToJson(result: AttributionResult, warnings: readonly string[] = result.warnings): AttributionJson {
  const entries = jsonFields(result, warnings).map(([key, value, toJson]) => [key, typeof value === 'number' ? value : value.map((item) => toJson(item as never))]);
  return Object.fromEntries(entries) as AttributionJson;
}

/**
 * The text of JSON.stringify(attributionToJson(result, warnings), null, 2) plus a newline,
 * handed to `write` a chunk at a time and built element by element, so a million topics need
 * neither one giant string nor a plain copy of every line.
 */
export function writeAttributionJson(result: AttributionResult, warnings: readonly string[], write: (chunk: string) => void): void {
  const fields = jsonFields(result, warnings);
  write('{\n');
  fields.forEach(([key, value, toJson], index) => {
    const comma = index < fields.length - 1 ? ',' : '';
    if (typeof value === 'number') {
      write(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`);
      return;
    }
    if (value.length === 0) {
      write(`  ${JSON.stringify(key)}: []${comma}\n`);
      return;
    }
    write(`  ${JSON.stringify(key)}: [\n`);
    for (let start = 0; start < value.length; start += CHUNK_ITEMS) {
      const items = value.slice(start, start + CHUNK_ITEMS).map((item) => `    ${JSON.stringify(toJson(item as never), null, 2).replaceAll('\n', '\n    ')}`);
      write(items.join(',\n') + (start + CHUNK_ITEMS < value.length ? ',\n' : '\n'));
    }
    write(`  ]${comma}\n`);
  });
  write('}\n');
}

/** writeAttributionJson's text as one string, for exports small enough to hold. */
export function attributionJsonText(result: AttributionResult, warnings: readonly string[]): string {
  const chunks: string[] = [];
  writeAttributionJson(result, warnings, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

function topicJson(topic: AttributionResult['topics'][number]): JsonTopic {
  return {
    topic: topic.topic,
    team: topic.team,
    internal: topic.internal,
    amountCents: Number(topic.amountCents),
    pools: Object.fromEntries(Object.entries(topic.pools).map(([pool, cents]) => [pool, Number(cents)])),
  };
}

function teamJson(team: AttributionResult['teams'][number]): JsonTeam {
  return { team: team.team, kind: team.kind, amountCents: Number(team.amountCents) };
}

function poolJson(pool: AttributionResult['pools'][number]): JsonPool {
  return {
    pool: pool.pool,
    amountCents: Number(pool.amountCents),
    driver: pool.driver,
    fallbackTier: pool.fallbackTier,
    idleCents: Number(pool.idleCents),
    ...(pool.utilisation !== undefined ? { utilisation: pool.utilisation } : {}),
  };
}

function lineJson(line: LineItem): JsonLine {
  return {
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
  };
}
