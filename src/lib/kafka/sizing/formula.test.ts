import { describe, expect, it } from 'vitest';
import * as format from '../../calculators/format';
import * as shared from '../../calculators/formula';
import { formatMoney, formatNumber, formatNumberOrDash, formatWhole, formula, numericOnly, numericText, statement, term } from './formula';

describe('sizing formula module', () => {
  it('re-exports the shared calculator builder and formatting', () => {
    expect([formula, numericOnly, numericText, statement, term]).toEqual([
      shared.formula,
      shared.numericOnly,
      shared.numericText,
      shared.statement,
      shared.term,
    ]);
    expect([formatMoney, formatNumber, formatNumberOrDash, formatWhole]).toEqual([
      format.formatMoney,
      format.formatNumber,
      format.formatNumberOrDash,
      format.formatWhole,
    ]);
  });
});
