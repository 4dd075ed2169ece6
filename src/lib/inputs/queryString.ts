/**
 * Reading a calculator's URL query (formQuery.ts writes it). Unknown or
 * invalid parameters are reported as notices and dropped: nothing from the URL
 * is ever used except as a validated field value.
 */
import type { CalculatorSpec, FieldSpec } from './fieldSpec';
import { parseFieldValue, quoteInput } from './validateFields';

export interface DecodedQuery {
  /** Raw strings of the known parameters whose values are valid, keyed by field name. */
  raw: Record<string, string>;
  /** One human-readable line per ignored parameter. */
  notices: string[];
}

export function decodeQuery<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  search: string,
): DecodedQuery {
  const raw: Record<string, string> = {};
  const notices: string[] = [];
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const field = spec.fields.find((candidate) => candidate.name === name);
    if (!field) {
      notices.push(`Ignored unknown parameter ${quoteInput(name)}.`);
      continue;
    }
    if (seen.has(name)) {
      notices.push(`Parameter ${quoteInput(name)} appears more than once; used the first value.`);
      continue;
    }
    seen.add(name);
    const parsed = parseFieldValue(field, value);
    if (parsed.ok) raw[name] = value.trim();
    else notices.push(`Ignored parameter ${quoteInput(name)}: ${parsed.error.message}.`);
  }
  return { raw, notices };
}
