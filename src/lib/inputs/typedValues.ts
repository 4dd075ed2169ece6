/**
 * Validation of typed input values (a JSON inputs file given to a CLI, a
 * scenario file) against the field spec. It runs the very same per-field
 * check as the raw-string path (checkFieldValue in validateFields.ts), so a
 * value gets the same words whichever face it came through.
 */
import { defaultValues, type CalculatorSpec, type FieldError, type FieldSpec } from './fieldSpec';
import { checkFieldValue, quoteInput, type ParsedValues } from './validateFields';

function isOptional(field: FieldSpec): boolean {
  return field.kind !== 'boolean' && field.kind !== 'enum' && field.optional === true;
}

/**
 * Validate a typed values object keyed by field name. Missing names take the
 * field default; null clears an optional field (and is "required" on the
 * others); unknown names are errors; a bad field keeps its default. Cross-field
 * rules run only when every field is valid, as for raw values.
 */
export function parseTypedValues<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  input: unknown,
): ParsedValues<Fields> {
  const defaults = defaultValues(spec);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { values: defaults, errors: [{ field: '', message: 'Expected an object of input values' }] };
  }
  const given = new Map<string, unknown>(Object.entries(input));
  const values: Record<string, unknown> = { ...defaults };
  const errors: FieldError[] = [];
  for (const field of spec.fields) {
    if (!given.has(field.name)) continue;
    const value = given.get(field.name);
    if (value === null || value === undefined) {
      if (isOptional(field)) values[field.name] = undefined;
      else errors.push({ field: field.name, message: `${field.label} is required` });
      continue;
    }
    const problem = checkFieldValue(field, value);
    if (problem === undefined) values[field.name] = value;
    else errors.push({ field: field.name, message: problem });
  }
  const known = new Set(spec.fields.map((field): string => field.name));
  for (const name of given.keys()) {
    if (!known.has(name)) errors.push({ field: name, message: `Unknown input ${quoteInput(name)}` });
  }
  const typed = values as ParsedValues<Fields>['values'];
  if (errors.length === 0 && spec.crossChecks) errors.push(...spec.crossChecks(typed));
  return { values: typed, errors };
}
