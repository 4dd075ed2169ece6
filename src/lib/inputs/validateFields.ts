/**
 * Validation of a calculator's inputs against its field spec, in two steps
 * that every face shares:
 *   1. a raw string (form field, URL query, CLI flag) is read into a typed
 *      value (`parseFieldValue`), and
 *   2. a typed value is checked against the field: kind, range, whole number,
 *      enum option (`checkFieldValue`).
 * Typed values that arrive as such (a JSON inputs file, a scenario file) skip
 * step 1 (typedValues.ts), so both paths give the same words for the same
 * problem.
 *
 * Why this is not zod: these checks run in the browser island, whose budget
 * is < 25 KB gzipped including Preact, and even zod/mini costs about 5.5 KB
 * gzipped for the schemas used here, which put the sizing island over budget.
 */
import type { CalculatorSpec, FieldError, FieldSpec, FieldValues, NumberField } from './fieldSpec';

const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

/** Quote what the user typed without letting a huge or odd value flood the message. */
export function quoteInput(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return `“${shown}”`;
}

function formatBound(field: NumberField, bound: number): string {
  return field.unit ? `${bound} ${field.unit}` : String(bound);
}

/** The problem with a typed number for this field, or undefined when it is valid. */
export function numberProblem(field: NumberField, value: number): string | undefined {
  if (!Number.isFinite(value)) return `${field.label} must be a finite number`;
  if (value < field.min) return `${field.label} must be at least ${formatBound(field, field.min)}`;
  if (value > field.max) return `${field.label} must be at most ${formatBound(field, field.max)}`;
  if (field.kind === 'integer' && !Number.isInteger(value)) return `${field.label} must be a whole number`;
  return undefined;
}

/** The message for a value outside an enum field's options. */
export function enumProblem(field: FieldSpec & { kind: 'enum' }, input: string): string {
  const values = field.options.map((option) => option.value);
  // A long list (e.g. 60 broker types) would bury the message: name a few and the count.
  const allowed = values.length > 8 ? `the ${values.length} listed values (${values.slice(0, 3).join(', ')}, …)` : values.join(', ');
  return `${field.label} must be one of ${allowed}; got ${quoteInput(input)}`;
}

/** How a typed value of the wrong kind is shown in a message. */
function showValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function wrongKind(field: FieldSpec, shown: string): string {
  return field.kind === 'boolean'
    ? `${field.label} must be true or false; got ${quoteInput(shown)}`
    : `${field.label} must be a number; got ${quoteInput(shown)}`;
}

/**
 * The problem with a typed value for this field (wrong kind, not finite, out
 * of range, not whole, not an option), or undefined when it is valid. Both
 * the raw-string and the typed path end here. "Not set" (undefined) is the
 * caller's business: see parseFieldValue and parseTypedValues.
 */
export function checkFieldValue(field: FieldSpec, value: unknown): string | undefined {
  if (field.kind === 'boolean') return typeof value === 'boolean' ? undefined : wrongKind(field, showValue(value));
  if (field.kind === 'enum') {
    if (typeof value !== 'string') return enumProblem(field, showValue(value));
    return field.options.some((option) => option.value === value) ? undefined : enumProblem(field, value);
  }
  if (typeof value !== 'number') return wrongKind(field, showValue(value));
  return numberProblem(field, value);
}

/** Read a trimmed, non-empty raw string into the typed value it denotes, before any range check. */
function readTrimmed(field: FieldSpec, input: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (field.kind === 'boolean') {
    const word = input.toLowerCase();
    if (TRUE_WORDS.includes(word)) return { ok: true, value: true };
    if (FALSE_WORDS.includes(word)) return { ok: true, value: false };
    return { ok: false, message: wrongKind(field, input) };
  }
  if (field.kind === 'enum') return { ok: true, value: input };
  if (!NUMBER_PATTERN.test(input)) return { ok: false, message: wrongKind(field, input) };
  return { ok: true, value: Number(input) };
}

export type ParsedField = { ok: true; value: unknown } | { ok: false; error: FieldError };

/** Validate one raw value. An empty value is "not set" on optional fields, an error otherwise. */
export function parseFieldValue(field: FieldSpec, raw: string): ParsedField {
  const trimmed = raw.trim();
  if (trimmed === '') {
    if (field.kind !== 'boolean' && field.kind !== 'enum' && field.optional) return { ok: true, value: undefined };
    return { ok: false, error: { field: field.name, message: `${field.label} is required` } };
  }
  const read = readTrimmed(field, trimmed);
  if (!read.ok) return { ok: false, error: { field: field.name, message: read.message } };
  const problem = checkFieldValue(field, read.value);
  return problem === undefined ? read : { ok: false, error: { field: field.name, message: problem } };
}

export interface ParsedValues<Fields extends readonly FieldSpec[]> {
  /** Every field's value: the parsed one, or the default where the raw value was missing or bad. */
  values: FieldValues<Fields>;
  errors: FieldError[];
}

/**
 * Validate a set of raw values keyed by field name. Missing names take the
 * field default; cross-field rules run only when every field parsed, so each
 * message concerns values the user can actually see.
 */
export function parseRawValues<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  raw: Readonly<Record<string, string | undefined>>,
): ParsedValues<Fields> {
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const field of spec.fields) {
    const rawValue = raw[field.name];
    if (rawValue === undefined) {
      values[field.name] = field.default;
      continue;
    }
    const parsed = parseFieldValue(field, rawValue);
    if (parsed.ok) values[field.name] = parsed.value;
    else {
      values[field.name] = field.default;
      errors.push(parsed.error);
    }
  }
  const typed = values as FieldValues<Fields>;
  if (errors.length === 0 && spec.crossChecks) errors.push(...spec.crossChecks(typed));
  return { values: typed, errors };
}
