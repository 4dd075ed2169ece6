/**
 * The zod schema of a calculator's typed values, generated from its field
 * spec. It runs on the node side only (e.g. a JSON inputs file given to a
 * CLI); the browser validates raw strings with validateFields.ts, which is
 * far smaller. The messages match validateFields.ts word for word, and a
 * property test checks that both accept and reject the same values.
 */
import { z } from 'zod';
import { defaultValues, type CalculatorSpec, type FieldError, type FieldSpec, type FieldValues } from './fieldSpec';
import { enumProblem, quoteInput } from './validateFields';

function fieldZod(field: FieldSpec): z.ZodType {
  if (field.kind === 'boolean') {
    return z.boolean({ error: (issue) => `${field.label} must be true or false; got ${quoteInput(JSON.stringify(issue.input) ?? '')}` });
  }
  if (field.kind === 'enum') {
    return z.enum(
      field.options.map((option) => option.value),
      { error: (issue) => enumProblem(field, typeof issue.input === 'string' ? issue.input : (JSON.stringify(issue.input) ?? '')) },
    );
  }
  const bound = (value: number) => (field.unit ? `${value} ${field.unit}` : String(value));
  let schema = z.number({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `${field.label} must be a finite number`
        : `${field.label} must be a number; got ${quoteInput(JSON.stringify(issue.input) ?? '')}`,
  });
  schema = schema
    .min(field.min, { error: `${field.label} must be at least ${bound(field.min)}` })
    .max(field.max, { error: `${field.label} must be at most ${bound(field.max)}` });
  // After the bounds, so a huge integer reports the bound it breaks, as the raw validator does.
  if (field.kind === 'integer') schema = schema.int({ error: `${field.label} must be a whole number` });
  return field.optional ? schema.optional() : schema;
}

/** One zod schema per field, keyed by field name. */
export function fieldSchemas(spec: CalculatorSpec<readonly FieldSpec[]>): Record<string, z.ZodType> {
  return Object.fromEntries(spec.fields.map((field) => [field.name, fieldZod(field)]));
}

/** Strict object schema of all the values (unknown names are errors). */
export function valuesSchema(spec: CalculatorSpec<readonly FieldSpec[]>) {
  return z.strictObject(fieldSchemas(spec));
}

/**
 * Validate a typed values object (missing names take their defaults; null
 * clears an optional field). Errors name the field, as for raw values.
 */
export function parseValuesObject<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  input: unknown,
): { values: FieldValues<Fields>; errors: FieldError[] } {
  const defaults = defaultValues(spec);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { values: defaults, errors: [{ field: '', message: 'Expected an object of input values' }] };
  }
  const merged: Record<string, unknown> = { ...defaults };
  for (const [name, value] of Object.entries(input)) merged[name] = value === null ? undefined : value;
  const result = valuesSchema(spec as CalculatorSpec<readonly FieldSpec[]>).safeParse(merged);
  if (!result.success) {
    const errors = result.error.issues.flatMap((issue): FieldError[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: key, message: `Unknown input ${quoteInput(key)}` }))
        : [{ field: String(issue.path[0] ?? ''), message: issue.message }],
    );
    // One message per field: the first problem is the one to fix.
    const firstPerField = errors.filter((error, index) => errors.findIndex((other) => other.field === error.field) === index);
    return { values: defaults, errors: firstPerField };
  }
  const values = result.data as FieldValues<Fields>;
  return { values, errors: spec.crossChecks ? spec.crossChecks(values) : [] };
}
