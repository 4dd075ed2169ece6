/**
 * The cents each cost object carries, per pool: one row per object, one column per pool, all in a
 * single Float64Array. 10,000 topics cost one allocation rather than 10,000 arrays, and totals
 * read without boxing.
 *
 * Doubles are exact here: allocateCosts keeps every amount and every sum of amounts below 2^53
 * (within a pool every line has the pool's sign, so no partial sum exceeds the bill's magnitude).
 */
export class CentsLedger {
  private cells: Float64Array;
  private rowCount = 0;

  constructor(
    readonly poolCount: number,
    expectedRows: number,
  ) {
    this.cells = new Float64Array(Math.max(1, expectedRows) * poolCount);
  }

  get rows(): number {
    return this.rowCount;
  }

  /** Opens a row of zeros and returns its index. */
  addRow(): number {
    const needed = (this.rowCount + 1) * this.poolCount;
    if (needed > this.cells.length) {
      const grown = new Float64Array(Math.max(needed, this.cells.length * 2));
      grown.set(this.cells);
      this.cells = grown;
    }
    return this.rowCount++;
  }

  add(row: number, pool: number, cents: number): void {
    this.cells[this.index(row, pool)]! += cents;
  }

  get(row: number, pool: number): number {
    return this.cells[this.index(row, pool)]!;
  }

  /** Everything the row carries, over all pools. */
  total(row: number): number {
    const start = this.index(row, 0);
    let total = 0;
    for (let i = start; i < start + this.poolCount; i++) total += this.cells[i]!;
    return total;
  }

  /** True when the row holds cents in any pool (a row's pools may cancel out to a zero total). */
  carriesAny(row: number): boolean {
    const start = this.index(row, 0);
    for (let i = start; i < start + this.poolCount; i++) if (this.cells[i] !== 0) return true;
    return false;
  }

  private index(row: number, pool: number): number {
    if (row < 0 || row >= this.rowCount || pool < 0 || pool >= this.poolCount) {
      throw new RangeError(`no ledger cell at row ${row}, pool ${pool}`);
    }
    return row * this.poolCount + pool;
  }
}
