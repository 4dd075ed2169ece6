import { divideRounded, parseScaledDecimal } from '../attribution/exactNumbers';

const GROUPED = /^([+-])?\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const GROUPED_DECIMAL_COMMA = /^([+-])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * An amount such as `1234.56`, `$1,234.56`, `-50` or `0.004321` as integer micro-units (10^-6),
 * so rows with sub-cent amounts can be summed exactly and rounded once. With `decimalComma` (a
 * semicolon- or tab-separated CSV, as spreadsheets in many locales write it), `1.234,56` and
 * `1234,56` are read the same way.
 */
export function parseMoneyMicros(text: string, decimalComma = false): bigint | undefined {
  const trimmed = text.trim();
  const grouped = (decimalComma ? GROUPED_DECIMAL_COMMA : GROUPED).exec(trimmed);
  if (grouped) {
    const [, sign = '', whole, fraction] = grouped;
    return parseScaledDecimal(`${sign}${whole!.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`, 6)?.value;
  }
  return decimalComma ? undefined : parseScaledDecimal(trimmed, 6)?.value;
}

/** Micro-units to whole cents, half away from zero. */
export function roundMicrosToCents(micros: bigint): bigint {
  return divideRounded(micros, MICROS_PER_CENT);
}

const MICROS_PER_CENT = 10_000n;

/** Micro-units as a decimal with at least two places: 19364500n -> "19.3645". */
export function formatMicros(micros: bigint): string {
  const negative = micros < 0n;
  const magnitude = negative ? -micros : micros;
  const fraction = (magnitude % 1000000n).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${negative ? '-' : ''}${magnitude / 1000000n}.${fraction}`;
}
