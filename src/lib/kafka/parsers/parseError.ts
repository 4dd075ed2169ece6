/** A parse failure that says where (line, or JSON path) and what was expected. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
}

/** Turns JSON.parse's message into one with a line and column, offset by skipped header lines. */
export function jsonSyntaxError(text: string, error: unknown, firstLine = 1): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  let where = '';
  if (lineColumn) {
    where = `line ${Number(lineColumn[1]) + firstLine - 1}, column ${lineColumn[2]}`;
  } else if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length + firstLine - 1;
    where = `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
  }
  const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  return new ParseError(`${where || `line ${firstLine}`}: not valid JSON (${reason})`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short rendering of a bad value for an error message. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Reports progress every so many items, so a 20 MB paste can drive a progress bar. */
export type ProgressCallback = (fraction: number) => void;
