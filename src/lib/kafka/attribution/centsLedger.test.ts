import { describe, expect, it } from 'vitest';
import { CentsLedger } from './centsLedger';

describe('CentsLedger', () => {
  it('keeps cents per row and pool, totals a row, and tells a row that carries cents from an empty one', () => {
    const ledger = new CentsLedger(3, 2);
    const orders = ledger.addRow();
    const clicks = ledger.addRow();
    ledger.add(orders, 0, 1200);
    ledger.add(orders, 2, -200);
    ledger.add(orders, 0, 34);
    expect([ledger.get(orders, 0), ledger.get(orders, 1), ledger.get(orders, 2)]).toEqual([1234, 0, -200]);
    expect(ledger.total(orders)).toBe(1034);
    expect(ledger.carriesAny(orders)).toBe(true);
    expect(ledger.total(clicks)).toBe(0);
    expect(ledger.carriesAny(clicks)).toBe(false);
  });

  it('counts a row whose pools cancel out as carrying cents', () => {
    const ledger = new CentsLedger(2, 1);
    const row = ledger.addRow();
    ledger.add(row, 0, 500);
    ledger.add(row, 1, -500);
    expect(ledger.total(row)).toBe(0);
    expect(ledger.carriesAny(row)).toBe(true);
  });

  it('grows past the rows it expected without losing any cents', () => {
    const ledger = new CentsLedger(9, 1);
    const rows = Array.from({ length: 50 }, () => ledger.addRow());
    rows.forEach((row) => ledger.add(row, 8, row + 1));
    expect(ledger.rows).toBe(50);
    expect(rows.map((row) => ledger.get(row, 8))).toEqual(rows.map((row) => row + 1));
  });

  it('refuses a row or pool it does not have', () => {
    const ledger = new CentsLedger(2, 4);
    ledger.addRow();
    expect(() => ledger.get(1, 0)).toThrow(/no ledger cell at row 1, pool 0/);
    expect(() => ledger.add(0, 2, 1)).toThrow(/no ledger cell at row 0, pool 2/);
  });
});
