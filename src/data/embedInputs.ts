import type { CalculatorSpec, FieldSpec } from '../lib/inputs/fieldSpec';
import { decodeQuery } from '../lib/inputs/queryString';
import { parseRawValues } from '../lib/inputs/validateFields';

/**
 * The `inputs` a post gives `<CalculatorEmbed>`, checked at build time with the
 * same rules as the tool's URL: a typo in a post fails the build instead of
 * silently showing the defaults.
 */
export function embedInputs<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  tool: string,
  inputs: string | undefined,
): string {
  if (!inputs) return '';
  const query = inputs.replace(/^\?/, '');
  const decoded = decodeQuery(spec, query);
  const problems = [...decoded.notices, ...parseRawValues(spec, { ...decoded.raw }).errors.map((e) => e.message)];
  if (problems.length > 0) {
    throw new Error(`<CalculatorEmbed tool="${tool}" inputs="${inputs}">: ${problems.join(' ')}`);
  }
  return query;
}
