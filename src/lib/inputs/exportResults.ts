/**
 * JSON and CSV exports of a calculator's inputs and results.
 *
 * CSV is written here rather than with papaparse's `unparse`: these helpers
 * ship in the browser island, and papaparse would add its whole parser
 * (about 7 KB gzipped) to a bundle capped at 25 KB.
 */
import { fieldUnit, type CalculatorSpec, type FieldSpec, type FieldValues } from './fieldSpec';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would run as a formula: a formula sign (or its full-width
 * form) after any leading whitespace, invisible format characters or list
 * separators, since spreadsheets trim those and some locales split on `;`.
 */
const FORMULA_START = /^[\s\p{Cf};,]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/** Quote a cell when needed, and defuse spreadsheet formulas in text cells. */
function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Flatten nested objects and arrays into [dotted.path, leaf] pairs. */
export function flattenResult(value: unknown, prefix = ''): [string, CsvCell][] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => flattenResult(item, prefix ? `${prefix}.${index}` : String(index)));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => flattenResult(item, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value as CsvCell]];
}

/** CSV with one row per input (with its unit) and one per result leaf. */
export function inputsAndResultsCsv<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  values: FieldValues<Fields>,
  result: unknown,
): string {
  const byName = values as Record<string, unknown>;
  const rows: CsvCell[][] = [['section', 'name', 'value', 'unit']];
  for (const field of spec.fields) {
    rows.push(['input', field.name, byName[field.name] as CsvCell, fieldUnit(field)]);
  }
  for (const [path, leaf] of flattenResult(result)) rows.push(['result', path, leaf, '']);
  return toCsv(rows);
}

/** Pretty JSON document with the inputs and the results side by side. */
export function inputsAndResultsJson(values: unknown, result: unknown): string {
  return `${JSON.stringify({ inputs: values, result }, null, 2)}\n`;
}
