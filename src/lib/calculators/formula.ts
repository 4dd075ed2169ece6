/**
 * The one formula type of every calculator's explain panel, CLI and report,
 * and the builder that makes it: one list of parts gives both the symbolic
 * text ("brokers = ceil(write MB/s × RF / …)") and the same text with the
 * numbers substituted, so the two can never disagree.
 *
 * Numbers are formatted by ./format; callers pass each term its formatted value.
 */

/** One line of an explain panel: the formula, the same with numbers, the result. */
export interface Formula {
  name: string;
  symbolic: string;
  substituted: string;
  result: string;
}

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

/**
 * A formula whose quantity is named only by `name` (e.g. "N_t·c" for the model
 * cost per accepted change): the symbolic text is the parts alone.
 */
export function expression(name: string, parts: readonly FormulaPart[], result: string): Formula {
  return { name, symbolic: symbolicText(parts), substituted: substitutedText(parts), result };
}

/** A line that states a value without a formula (e.g. "no per-broker storage limit"). */
export function statement(name: string, quantity: string, result: string): Formula {
  return { name, symbolic: quantity, substituted: '', result };
}

/** The numeric form of a formula: the substituted text and its result. */
export function numericText(f: Formula): string {
  return f.substituted === '' ? f.result : `${f.substituted} = ${f.result}`;
}

/**
 * A value built on first use and kept: a model can hand out its formulas without formatting
 * every number of every formula on each evaluation, when most evaluations are never explained.
 */
export function lazily<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
