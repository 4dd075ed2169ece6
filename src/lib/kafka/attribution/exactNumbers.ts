/**
 * Exact decimal parsing and formatting for money and byte counts: a decimal string becomes an
 * integer (cents or bytes) without ever passing through a float.
 */

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export interface ParsedInteger {
  readonly value: bigint;
  /** True when digits beyond the target precision were rounded away. */
  readonly rounded: boolean;
}

/**
 * Parses a decimal (optionally in e-notation) and rounds it half away from zero to an integer
 * multiple of 10^-scale, returned as that integer. Returns undefined when the text is not a number.
 */
export function parseScaledDecimal(text: string, scale: number): ParsedInteger | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  const digits = BigInt(whole! + fraction);
  const shift = scale + exponent - fraction.length;
  let value: bigint;
  let rounded = false;
  if (shift >= 0) {
    value = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    value = digits / divisor;
    const remainder = digits % divisor;
    if (remainder !== 0n) {
      rounded = true;
      if (remainder * 2n >= divisor) value += 1n;
    }
  }
  return { value: sign === '-' ? -value : value, rounded };
}

/** A non-negative count (bytes, partitions) rounded to the nearest integer; undefined if not one. */
export function parseCount(text: string): ParsedInteger | undefined {
  const parsed = parseScaledDecimal(text, 0);
  if (!parsed || parsed.value < 0n) return undefined;
  return parsed;
}

// A Map, not an object literal: a unit typed as `constructor` must not reach Object.prototype.
const BYTE_UNITS = new Map<string, bigint>(Object.entries({
  '': 1n,
  b: 1n,
  kb: 10n ** 3n,
  mb: 10n ** 6n,
  gb: 10n ** 9n,
  tb: 10n ** 12n,
  pb: 10n ** 15n,
  kib: 2n ** 10n,
  mib: 2n ** 20n,
  gib: 2n ** 30n,
  tib: 2n ** 40n,
  pib: 2n ** 50n,
}));

/** A size such as `6TB`, `500 GiB` or `1e12` into bytes (MB = 10^6 bytes, MiB = 2^20). */
export function parseByteQuantity(text: string): bigint | undefined {
  const match = /^\s*([0-9.eE+-]+)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!match) return undefined;
  const unit = BYTE_UNITS.get(match[2]!.toLowerCase());
  if (unit === undefined) return undefined;
  const scaled = parseScaledDecimal(match[1]!, 6);
  if (!scaled || scaled.value < 0n) return undefined;
  return divideRounded(scaled.value * unit, 10n ** 6n);
}

/** Integer division rounded half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n + d / 2n) / d;
  return negative ? -quotient : quotient;
}

/** Cents as a plain decimal string: 123456n -> "1234.56", -5n -> "-0.05". */
export function formatCents(cents: bigint | number): string {
  const value = BigInt(cents);
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  return `${sign}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

/** An exact ratio as a decimal string with at most `digits` decimals (trailing zeros dropped). */
export function formatRatio(numerator: bigint, denominator: bigint, digits: number): string {
  if (denominator === 0n) throw new RangeError('ratio with a zero denominator');
  const scaled = divideRounded(numerator * 10n ** BigInt(digits), denominator);
  const sign = scaled < 0n ? '-' : '';
  const magnitude = (scaled < 0n ? -scaled : scaled).toString().padStart(digits + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - digits);
  const fraction = magnitude.slice(magnitude.length - digits).replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}
