import { parseByteQuantity } from '../attribution/exactNumbers';
import type { BillPool } from '../attribution/model';
import type { PoolId } from '../attribution/pools';
import { readCsv } from './csvRows';
import { formatMicros, parseMoneyMicros, roundMicrosToCents } from './money';
import { ParseError } from './parseError';
import { POOL_NAME_HINT, poolForName } from './poolNames';

export interface BillParse {
  readonly bill: BillPool[];
  readonly warnings: string[];
}

interface PoolRows {
  micros: bigint;
  capacity?: bigint;
  lines: number[];
  capacityLines: number[];
}

/**
 * Bill CSV: `pool,amount[,capacity]` (also `amount_usd`, and an ignored `cluster` or `description`
 * column; docs/method/kafka-cost-attribution.md §6.6). Amounts are currency units (dollars);
 * capacity is in the pool driver's units, e.g. `12TB` of provisioned disk for local storage.
 * Rows of one pool are summed exactly (to the micro-unit) and rounded to cents once, as the
 * Confluent Costs API reader does, so the same rows give the same total either way. A semicolon-
 * or tab-separated file is read with decimal commas (`1.234,56`).
 */
export function parseBillCsv(text: string): BillParse {
  const { header, rows, delimiter } = readCsv(text, 'bill');
  const warnings: string[] = [];
  const poolColumn = header.indexOf('pool');
  const amountColumn = header.findIndex((name) => name === 'amount' || name === 'amount_usd');
  const capacityColumn = header.indexOf('capacity');
  if (poolColumn < 0 || amountColumn < 0) {
    throw new ParseError(`line 1: the bill CSV needs "pool" and "amount" columns; found ${header.map((h) => `"${h}"`).join(', ')}`);
  }
  const clusterColumn = header.indexOf('cluster');
  const clusters = new Set<string>();
  const pools = new Map<PoolId, PoolRows>();
  for (const { line, cells } of rows) {
    const name = cells[poolColumn]!;
    const pool = poolForName(name);
    if (!pool) throw new ParseError(`line ${line}: unknown pool "${name}"; expected one of ${POOL_NAME_HINT}`);
    const micros = parseMoneyMicros(cells[amountColumn]!, delimiter !== ',');
    if (micros === undefined) {
      const example = delimiter === ',' ? '1234.56' : '1234,56';
      throw new ParseError(`line ${line}, column amount: expected an amount such as ${example}, got "${cells[amountColumn]}"`);
    }
    const entry = pools.get(pool) ?? { micros: 0n, lines: [], capacityLines: [] };
    pools.set(pool, entry);
    entry.micros += micros;
    entry.lines.push(line);
    const capacity = capacityColumn >= 0 ? readCapacity(cells[capacityColumn]!, line) : undefined;
    if (capacity !== undefined) {
      entry.capacity = (entry.capacity ?? 0n) + capacity;
      entry.capacityLines.push(line);
    }
    if (clusterColumn >= 0 && cells[clusterColumn] !== '') clusters.add(cells[clusterColumn]!);
  }
  if (pools.size === 0) throw new ParseError('line 2: the bill CSV has a header but no pools');
  if (clusters.size > 1) warnings.push(`bill covers ${clusters.size} clusters (${[...clusters].join(', ')}); they are allocated as one`);
  return { bill: roundPools(pools, warnings), warnings };
}

function readCapacity(text: string, line: number): bigint | undefined {
  if (text === '') return undefined;
  const capacity = parseByteQuantity(text);
  if (capacity === undefined || capacity === 0n) {
    throw new ParseError(`line ${line}, column capacity: expected a positive amount such as 12TB or 500GiB, got "${text}"`);
  }
  return capacity;
}

/** One bill pool per pool, its rows' exact sum rounded to cents once. */
function roundPools(pools: Map<PoolId, PoolRows>, warnings: string[]): BillPool[] {
  const bill: BillPool[] = [];
  for (const [pool, entry] of pools) {
    const cents = roundMicrosToCents(entry.micros);
    const where = `bill line${entry.lines.length > 1 ? 's' : ''} ${entry.lines.join(', ')}`;
    if (cents * 10000n !== entry.micros) warnings.push(`${where}: ${pool} totals ${formatMicros(entry.micros)}, rounded once to whole cents`);
    if (entry.capacityLines.length > 1) warnings.push(`bill lines ${entry.capacityLines.join(', ')}: ${pool} has several capacities; adding them up`);
    bill.push({ pool, amountCents: cents, ...(entry.capacity !== undefined ? { capacity: entry.capacity } : {}) });
  }
  return bill;
}
