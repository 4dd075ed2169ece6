import { parseByteQuantity, parseMoneyToCents } from '../attribution/exactNumbers';
import type { BillPool } from '../attribution/model';
import { readCsv } from './csvRows';
import { ParseError } from './parseError';
import { POOL_NAME_HINT, poolForName } from './poolNames';

export interface BillParse {
  readonly bill: BillPool[];
  readonly warnings: string[];
}

/**
 * Bill CSV: `pool,amount[,capacity]` (also `amount_usd`, and an ignored `cluster` or `description`
 * column; docs/method/kafka-cost-attribution.md §6.6). Amounts are currency units (dollars);
 * capacity is in the pool driver's units, e.g. `12TB` of provisioned disk for local storage.
 */
export function parseBillCsv(text: string): BillParse {
  const { header, rows } = readCsv(text, 'bill');
  const warnings: string[] = [];
  const poolColumn = header.indexOf('pool');
  const amountColumn = header.findIndex((name) => name === 'amount' || name === 'amount_usd');
  const capacityColumn = header.indexOf('capacity');
  if (poolColumn < 0 || amountColumn < 0) {
    throw new ParseError(`line 1: the bill CSV needs "pool" and "amount" columns; found ${header.map((h) => `"${h}"`).join(', ')}`);
  }
  const clusterColumn = header.indexOf('cluster');
  const clusters = new Set<string>();
  const bill: BillPool[] = [];
  for (const { line, cells } of rows) {
    const name = cells[poolColumn]!;
    const pool = poolForName(name);
    if (!pool) throw new ParseError(`line ${line}: unknown pool "${name}"; expected one of ${POOL_NAME_HINT}`);
    const amount = parseMoneyToCents(cells[amountColumn]!);
    if (!amount) throw new ParseError(`line ${line}, column amount: expected an amount such as 1234.56, got "${cells[amountColumn]}"`);
    if (amount.rounded) warnings.push(`bill line ${line}: ${cells[amountColumn]} rounded to whole cents`);
    const capacityText = capacityColumn >= 0 ? cells[capacityColumn]! : '';
    let capacity: bigint | undefined;
    if (capacityText !== '') {
      capacity = parseByteQuantity(capacityText);
      if (capacity === undefined || capacity === 0n) {
        throw new ParseError(`line ${line}, column capacity: expected a positive amount such as 12TB or 500GiB, got "${capacityText}"`);
      }
    }
    if (clusterColumn >= 0 && cells[clusterColumn] !== '') clusters.add(cells[clusterColumn]!);
    bill.push({ pool, amountCents: amount.value, ...(capacity !== undefined ? { capacity } : {}) });
  }
  if (bill.length === 0) throw new ParseError('line 2: the bill CSV has a header but no pools');
  if (clusters.size > 1) warnings.push(`bill covers ${clusters.size} clusters (${[...clusters].join(', ')}); they are allocated as one`);
  return { bill, warnings };
}
