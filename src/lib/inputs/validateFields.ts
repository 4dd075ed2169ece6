/**
 * Validation of raw string values (form field, URL query, CLI flag) against
 * the field spec.
 *
 * Why zod/mini and not the full zod API: the schemas below also run in the
 * browser island, whose budget is < 25 KB gzipped including Preact. zod/mini
 * is tree-shakable (functions instead of methods) and costs about 6 KB gzipped
 * for what is used here; the chained `zod` API pulls in well over 15 KB.
 */
import * as z from 'zod/mini';
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

function numberSchema(field: NumberField) {
  const checks = [
    z.gte(field.min, { error: `${field.label} must be at least ${formatBound(field, field.min)}` }),
    z.lte(field.max, { error: `${field.label} must be at most ${formatBound(field, field.max)}` }),
  ];
  const target =
    field.kind === 'integer'
      ? z.int({ error: `${field.label} must be a whole number` }).check(...checks)
      : z.number({ error: `${field.label} must be a finite number` }).check(...checks);
  return z.pipe(
    z.string().check(
      z.regex(NUMBER_PATTERN, {
        error: (issue) => `${field.label} must be a number; got ${quoteInput(String(issue.input))}`,
      }),
    ),
    z.pipe(
      z.transform((raw: string) => Number(raw)),
      target,
    ),
  );
}

function booleanSchema(field: FieldSpec) {
  return z.pipe(
    z.enum([...TRUE_WORDS, ...FALSE_WORDS], {
      error: (issue) => `${field.label} must be true or false; got ${quoteInput(String(issue.input))}`,
    }),
    z.transform((raw: string) => TRUE_WORDS.includes(raw)),
  );
}

function enumSchema(field: FieldSpec & { kind: 'enum' }) {
  const values = field.options.map((option) => option.value);
  return z.enum(values, {
    error: (issue) =>
      `${field.label} must be one of ${values.join(', ')}; got ${quoteInput(String(issue.input))}`,
  });
}

/** The zod schema that turns one field's raw string into its typed value. */
export function fieldSchema(field: FieldSpec) {
  if (field.kind === 'boolean') return booleanSchema(field);
  if (field.kind === 'enum') return enumSchema(field);
  return numberSchema(field);
}

export type ParsedField = { ok: true; value: unknown } | { ok: false; error: FieldError };

/** Validate one raw value. An empty value is "not set" on optional fields, an error otherwise. */
export function parseFieldValue(field: FieldSpec, raw: string): ParsedField {
  const trimmed = raw.trim();
  if (trimmed === '') {
    if (field.kind !== 'boolean' && field.kind !== 'enum' && field.optional) return { ok: true, value: undefined };
    return { ok: false, error: { field: field.name, message: `${field.label} is required` } };
  }
  const input = field.kind === 'boolean' ? trimmed.toLowerCase() : trimmed;
  const result = fieldSchema(field).safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const message = result.error.issues[0]?.message ?? `${field.label} is not valid`;
  return { ok: false, error: { field: field.name, message } };
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
