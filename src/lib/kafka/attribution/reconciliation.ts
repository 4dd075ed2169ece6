import type { BillPool, LineItem } from './model';

/**
 * The check behind "exact to the cent": the allocated lines against the bill
 * as the parser read it. Never against a total summed from the allocation's
 * own ledger, which would agree with the lines even when a pool went missing.
 */
export interface Reconciliation {
  readonly lineCount: number;
  readonly lineSumCents: bigint;
  readonly billCents: bigint;
  readonly exact: boolean;
}

export function sumBillCents(bill: readonly BillPool[]): bigint {
  return bill.reduce((sum, pool) => sum + pool.amountCents, 0n);
}

export function sumLineCents(lines: readonly LineItem[]): bigint {
  return lines.reduce((sum, line) => sum + line.amountCents, 0n);
}

export function reconcileWithBill(lines: readonly LineItem[], bill: readonly BillPool[]): Reconciliation {
  const lineSumCents = sumLineCents(lines);
  const billCents = sumBillCents(bill);
  return { lineCount: lines.length, lineSumCents, billCents, exact: lineSumCents === billCents };
}
