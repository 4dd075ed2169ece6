import Papa from 'papaparse';
import { ParseError } from './parseError';

export interface CsvTable {
  /** Lower-cased, trimmed header names. */
  readonly header: string[];
  /** Data rows with their 1-based line numbers; blank lines are dropped. */
  readonly rows: { line: number; cells: string[] }[];
}

/** Reads CSV text (quoted fields allowed) into a header and numbered rows. */
export function readCsv(text: string, what: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
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
      throw new ParseError(`line ${row.line}: expected ${header.length} fields like the header, found ${row.cells.length}`);
    }
  }
  return { header, rows };
}
