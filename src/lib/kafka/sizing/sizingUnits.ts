/**
 * Unit conversions and fixed rules of the sizing model, named once so that the
 * model, its formula texts and the CLI use the same figures.
 * HOURS_PER_MONTH and MB_PER_GB live in the catalog (they are stated in the UI).
 */
import { HOURS_PER_MONTH, MB_PER_GB } from '../catalog/sizingConstants';

export { HOURS_PER_MONTH, MB_PER_GB };

export const SECONDS_PER_HOUR = 3600;
export const BYTES_PER_GB = 1e9;
export const PERCENT = 100;

/** A cluster has at least this many brokers, and at least RF. */
export const MIN_BROKERS = 3;

/** Only closed segments are deleted: on average half a segment per partition replica lingers. */
export const LINGERING_SEGMENT_SHARE = 0.5;

/** Floating-point dust to ignore: in ceil() above an integer, and in over-the-cap checks. */
export const FLOAT_TOLERANCE = 1e-9;

/** GB written per month at a steady rate of `MBps`. */
export function monthlyGBAt(MBps: number): number {
  return (MBps * SECONDS_PER_HOUR * HOURS_PER_MONTH) / MB_PER_GB;
}

/** GB held for `hours` at a steady rate of `MBps`, times `copies`. */
export function storedGB(MBps: number, hours: number, copies: number): number {
  return (MBps * hours * SECONDS_PER_HOUR * copies) / MB_PER_GB;
}
