/**
 * Number formatting for the formula strings of the explain panel: short enough
 * to read inside an equation, precise enough to check by hand.
 */
const quantityFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
const wholeDollars = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const smallDollars = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

export function formatQuantity(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return quantityFormat.format(value);
}

/** Dollars: cents from $1 up, three significant digits below (a turn often costs a fraction of a cent). */
export function formatDollars(value: number): string {
  if (value === 0) return '$0';
  if (Math.abs(value) >= 1) return `$${wholeDollars.format(value)}`;
  const text = smallDollars.format(value);
  // "$0.1" reads as a typo for a price; a single decimal is padded to cents.
  return /\.\d$/.test(text) ? `$${text}0` : `$${text}`;
}

/** A share as a percentage with at most one decimal. */
export function formatPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString('en-US')}%`;
}

/** Dollars for an axis label: whole dollars from $10 up, cents below. */
export function formatDollarsShort(value: number): string {
  if (Math.abs(value) >= 10) return `$${Math.round(value).toLocaleString('en-US')}`;
  return formatDollars(value);
}
