/**
 * The query string of what a calculator form holds, for the address bar.
 *
 * It writes the raw strings, not validated values, so a value that is still invalid (on its own or against another
 * field, e.g. a replication factor above the broker count) stays in the URL
 * and a reload or a shared link does not lose what the user typed. Reading a
 * URL back still goes through decodeQuery, which uses only values that parse.
 */
import { formatFieldValue, type CalculatorSpec, type FieldSpec } from './fieldSpec';
import { parseFieldValue } from './validateFields';

/** True when a raw form value means the field's default, so the URL can leave it out. */
function isDefault(field: FieldSpec, raw: string): boolean {
  const fallback = formatFieldValue(field.default);
  if (raw === fallback) return true;
  const parsed = parseFieldValue(field, raw);
  // "3.0" for a default of 3 is the default; an empty required field is not.
  return parsed.ok && formatFieldValue(parsed.value) === fallback;
}

/**
 * Query string (without "?") of raw form values, in spec order, leaving out
 * the fields that hold their default. Missing names count as the default;
 * names that are not fields are left out.
 */
export function encodeFormQuery<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  raw: Readonly<Record<string, string | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const field of spec.fields) {
    const value = raw[field.name];
    if (value === undefined) continue;
    const trimmed = value.trim();
    if (!isDefault(field, trimmed)) params.set(field.name, trimmed);
  }
  return params.toString();
}
