/**
 * Number formatting for the island. Every number on screen goes through
 * these, so a non-finite value shows as a dash instead of NaN or Infinity.
 * The model's formula texts use the same helpers (lib/calculators/format).
 */
import { formatMoney, formatNumberOrDash, formatWhole } from '../../lib/calculators/format';

export const num = formatNumberOrDash;
export const money = formatMoney;
export const whole = formatWhole;

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}
