import { describe, expect, it } from 'vitest';
import { parseBillCsv } from '../parsers/billCsv';
import { allocateCosts } from './allocateCosts';
import { DEFAULT_POLICIES, type LineItem } from './model';
import { reconcileWithBill } from './reconciliation';

const topics = [
  { topic: 'orders', bytesIn: 600n, retainedBytes: 100n },
  { topic: 'payments', bytesIn: 400n, retainedBytes: 300n },
];

describe('reconcileWithBill', () => {
  it('is exact when the lines add up to the bill as parsed', () => {
    const { bill } = parseBillCsv('pool,amount\ncompute,1000.00\nlocal-storage,333.33\nfixed,0.01\n');
    const result = allocateCosts({ bill, topics, rules: [], policies: DEFAULT_POLICIES });
    expect(reconcileWithBill(result.lines, bill)).toEqual({ lineCount: result.lines.length, lineSumCents: 133334n, billCents: 133334n, exact: true });
  });

  it('reports a mismatch when a bill pool has no lines, whatever the ledger total says', () => {
    const { bill } = parseBillCsv('pool,amount\ncompute,1000.00\nlocal-storage,333.33\n');
    const result = allocateCosts({ bill, topics, rules: [], policies: DEFAULT_POLICIES });
    const withoutStorage: LineItem[] = result.lines.filter((line) => line.pool !== 'local-storage');
    const check = reconcileWithBill(withoutStorage, bill);
    expect(check).toMatchObject({ lineSumCents: 100000n, billCents: 133333n, exact: false });
  });
});
