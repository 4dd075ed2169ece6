/**
 * Number formatting for the island. Every number on screen goes through
 * these, so a non-finite value shows as a dash instead of NaN or Infinity.
 */
import { formatNumber } from '../../lib/kafka/sizing/sizeCluster';

export function num(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : formatNumber(value);
}

export function money(value: number): string {
  return Number.isFinite(value) ? `$${Math.round(value).toLocaleString('en-US')}` : '—';
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

export function whole(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
}
