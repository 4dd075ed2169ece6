import { AttributionInputError, type AttributionInput } from '../model';
import type { PoolId } from '../pools';
import type { BillEntry } from './context';

const MAX_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

/** Sums bill rows per pool; several rows for one pool (two credits, say) become one pool. */
export function mergeBill(input: AttributionInput, warnings: string[]): Map<PoolId, BillEntry> {
  const merged = new Map<PoolId, BillEntry>();
  for (const row of input.bill) {
    const existing = merged.get(row.pool);
    if (!existing) {
      merged.set(row.pool, { amountCents: row.amountCents, ...(row.capacity !== undefined ? { capacity: row.capacity } : {}) });
      continue;
    }
    existing.amountCents += row.amountCents;
    if (row.capacity !== undefined) {
      if (existing.capacity !== undefined && existing.capacity !== row.capacity) {
        warnings.push(`bill: pool ${row.pool} has two different capacities; adding them up`);
        existing.capacity += row.capacity;
      } else {
        existing.capacity = row.capacity;
      }
    }
  }
  let magnitude = 0n;
  for (const [pool, entry] of merged) {
    magnitude += entry.amountCents < 0n ? -entry.amountCents : entry.amountCents;
    // Cents leave the model as JSON numbers, exact only below 2^53 (about 90 trillion dollars).
    if (magnitude > MAX_CENTS) {
      throw new AttributionInputError(`bill: the ${pool} pool (${entry.amountCents} cents) takes the bill beyond what can be reported exactly`);
    }
    if (entry.amountCents === 0n) merged.delete(pool);
  }
  return merged;
}
