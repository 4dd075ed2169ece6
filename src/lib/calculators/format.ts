/**
 * Number formatting for every calculator's formula texts, results and charts:
 * the Kafka sizing helpers (formatNumber, formatWhole, formatMoney) and the AI
 * rework helpers (formatQuantity, formatDollars, formatPercent) live here, so a
 * formula and the figure beside it are formatted by the same code.
 */
const quantityFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
const wholeDollars = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const smallDollars = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
// toLocaleString builds a new formatter on every call, which made formatting most of a sizing run's time.
const grouped = new Intl.NumberFormat('en-US');

/** The value rounded to a whole number, with thousands separators. */
function groupedWhole(value: number): string {
  return grouped.format(Math.round(value));
}

/** Numbers in formulas and messages: at most 3 decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 10 ? 2 : 3;
  return String(Number(value.toFixed(digits)));
}

/** formatNumber, with a dash for a non-finite value. */
export function formatNumberOrDash(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : formatNumber(value);
}

/** Whole numbers with thousands separators; a dash for a non-finite value. */
export function formatWhole(value: number): string {
  return Number.isFinite(value) ? groupedWhole(value) : '—';
}

/** Whole dollars; a dash for a non-finite value. */
export function formatMoney(value: number): string {
  return Number.isFinite(value) ? `$${groupedWhole(value)}` : '—';
}

/** Whole numbers grouped as they are, anything else to four significant digits. */
export function formatQuantity(value: number): string {
  if (Number.isInteger(value)) return grouped.format(value);
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
  return `${grouped.format(Math.round(share * 1000) / 10)}%`;
}

/** Dollars for an axis label: whole dollars from $10 up, cents below. */
export function formatDollarsShort(value: number): string {
  if (Math.abs(value) >= 10) return `$${groupedWhole(value)}`;
  return formatDollars(value);
}
