/**
 * Formula objects for the explain panel and the CLI: one list of parts gives
 * both the symbolic text ("brokers = ceil(write MB/s × RF / …)") and the same
 * text with the numbers substituted, so the two can never disagree.
 *
 * The object shape is the one the AI rework calculator already uses
 * (name, symbolic, substituted, result), so both calculators share one type.
 */
import type { Formula } from '../../ai/reworkModel';

export type { Formula };

/** A quantity in a formula: its name in the symbolic text, its value in the numeric one. */
export interface FormulaTerm {
  symbol: string;
  value: string;
}

/** Literal text (operators, units, parentheses) appears in both texts; a term differs between them. */
export type FormulaPart = string | FormulaTerm;

/** A group of formulas under one heading of the explain panel. */
export interface FormulaSection {
  title: string;
  formulas: Formula[];
}

export function term(symbol: string, value: string): FormulaTerm {
  return { symbol, value };
}

/** Text that only the numeric form shows, such as an intermediate "= ceil(2.5)". */
export function numericOnly(value: string): FormulaTerm {
  return { symbol: '', value };
}

function symbolicText(parts: readonly FormulaPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.symbol)).join('');
}

function substitutedText(parts: readonly FormulaPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.value)).join('');
}

/**
 * One formula: `quantity = parts`. The symbolic text names every term, the
 * substituted text fills in its value; result is the value of the quantity.
 */
export function formula(name: string, quantity: string, parts: readonly FormulaPart[], result: string): Formula {
  return { name, symbolic: `${quantity} = ${symbolicText(parts)}`, substituted: substitutedText(parts), result };
}

/** A line that states a value without a formula (e.g. "no per-broker storage limit"). */
export function statement(name: string, quantity: string, result: string): Formula {
  return { name, symbolic: quantity, substituted: '', result };
}

/** The numeric form of a formula: the substituted text and its result. */
export function numericText(f: Formula): string {
  return f.substituted === '' ? f.result : `${f.substituted} = ${f.result}`;
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
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
}

/** Whole dollars; a dash for a non-finite value. */
export function formatMoney(value: number): string {
  return Number.isFinite(value) ? `$${Math.round(value).toLocaleString('en-US')}` : '—';
}
