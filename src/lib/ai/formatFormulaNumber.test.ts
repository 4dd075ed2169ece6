import { describe, expect, it } from 'vitest';
import * as format from '../calculators/format';
import { formatDollars, formatDollarsShort, formatPercent, formatQuantity } from './formatFormulaNumber';

describe('formatFormulaNumber', () => {
  it('re-exports the shared calculator formatting (tested in src/lib/calculators/format.test.ts)', () => {
    expect([formatDollars, formatDollarsShort, formatPercent, formatQuantity]).toEqual([
      format.formatDollars,
      format.formatDollarsShort,
      format.formatPercent,
      format.formatQuantity,
    ]);
  });
});
