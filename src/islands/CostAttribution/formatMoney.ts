import { formatCents, formatRatio } from '../../lib/kafka/attribution/exactNumbers';

/** Cents as dollars with thousands separators: 123456n -> "$1,234.56", -5n -> "-$0.05". */
export function formatMoney(cents: bigint): string {
  const text = formatCents(cents);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '-' : ''}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** part / whole as a percentage with one decimal, exact until the final rounding. */
export function formatShare(part: bigint, whole: bigint): string {
  if (whole === 0n) return '—';
  return `${formatRatio(part * 100n, whole, 1)}%`;
}

/** Byte counts in decimal units (GB = 10^9 bytes), for driver values. */
export function formatBytes(bytes: string): string {
  const value = Number(bytes);
  if (!Number.isFinite(value) || value < 1000) return bytes;
  const units = ['kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let scaled = value;
  let unit = -1;
  while (scaled >= 1000 && unit < units.length - 1) {
    scaled /= 1000;
    unit++;
  }
  return `${scaled.toFixed(scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2)} ${units[unit]}`;
}
