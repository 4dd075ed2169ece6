import Papa from 'papaparse';
import { ParseError } from './parseError';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvTable {
  /** Lower-cased, trimmed header names. */
  readonly header: string[];
  /** Data rows with their 1-based line numbers; blank lines are dropped. */
  readonly rows: { line: number; cells: string[] }[];
  /** The separator the header line uses; `;` and tab files often write decimals with a comma. */
  readonly delimiter: CsvDelimiter;
}

/**
 * The separator of a CSV's header line: a comma, else a semicolon or a tab when the line has one
 * and no comma (spreadsheets in locales with a decimal comma export `;`-separated "CSV").
 */
export function csvDelimiter(text: string): CsvDelimiter {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}

/** Reads CSV text (quoted fields allowed; comma, semicolon or tab separated) into a header and numbered rows. */
export function readCsv(text: string, what: string): CsvTable {
  const delimiter = csvDelimiter(text);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false, delimiter });
  const firstError = parsed.errors.find((error) => error.code !== 'UndetectableDelimiter');
  if (firstError) {
    const line = firstError.row !== undefined ? `line ${firstError.row + 1}` : 'CSV';
    throw new ParseError(`${line}: cannot read the ${what} CSV (${firstError.message})`);
  }
  const numbered = parsed.data
    .map((cells, index) => ({ line: index + 1, cells: cells.map((cell) => cell.trim()) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  const [headerRow, ...rows] = numbered;
  if (!headerRow) throw new ParseError(`line 1: the ${what} CSV is empty; expected a header line`);
  const header = headerRow.cells.map((cell) => cell.toLowerCase());
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      const separated = delimiter === ',' ? '' : ` (separated by ${DELIMITER_NAMES[delimiter]})`;
      throw new ParseError(`line ${row.line}: expected ${header.length} fields like the header${separated}, found ${row.cells.length}`);
    }
  }
  return { header, rows, delimiter };
}

export const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };
