/**
 * A calculator's inputs as raw strings, validated on every change, and
 * optionally kept in the page URL: replaceState while typing (no history
 * spam), pushState for discrete jumps such as presets, and popstate restores
 * the inputs so the back button works. Only validated values reach the URL.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { defaultValues, formatFieldValue, type CalculatorSpec, type FieldSpec, type FieldValues } from '../../lib/inputs/fieldSpec';
import { decodeQuery, encodeQuery } from '../../lib/inputs/queryString';
import { parseRawValues } from '../../lib/inputs/validateFields';

export interface CalculatorInputs<Fields extends readonly FieldSpec[]> {
  raw: Record<string, string>;
  /** The latest values that passed validation (defaults until the first valid input). */
  values: FieldValues<Fields>;
  /** Error message per field name for the current raw values. */
  errors: Record<string, string>;
  /** Ignored URL parameters, for the reader to see. */
  notices: string[];
  dismissNotices: () => void;
  setField: (name: string, raw: string) => void;
  /** Apply several raw values at once (a preset), as a new history entry. */
  applyValues: (raw: Readonly<Record<string, string>>) => void;
  /** Query string (without "?") of the latest valid values. */
  query: string;
}

function rawDefaults(spec: CalculatorSpec<readonly FieldSpec[]>): Record<string, string> {
  return Object.fromEntries(spec.fields.map((field) => [field.name, formatFieldValue(field.default)]));
}

/** The defaults, overridden by a query string a post gave its embedded calculator. */
function startingRaw(spec: CalculatorSpec<readonly FieldSpec[]>, initialQuery: string): Record<string, string> {
  return { ...rawDefaults(spec), ...decodeQuery(spec, initialQuery).raw };
}

function urlWith(query: string): string {
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

export function useCalculatorInputs<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  syncUrl: boolean,
  initialQuery = '',
): CalculatorInputs<Fields> {
  const [raw, setRaw] = useState(() => startingRaw(spec, initialQuery));
  const [notices, setNotices] = useState<string[]>([]);
  const [lastValid, setLastValid] = useState(() => {
    const start = parseRawValues(spec, startingRaw(spec, initialQuery));
    return start.errors.length === 0 ? start.values : defaultValues(spec);
  });

  useEffect(() => {
    if (!syncUrl) return undefined;
    // Read the URL after hydration so server and client render the same first frame.
    const load = () => {
      const decoded = decodeQuery(spec, location.search);
      setRaw({ ...rawDefaults(spec), ...decoded.raw });
      setNotices(decoded.notices);
    };
    load();
    addEventListener('popstate', load);
    return () => removeEventListener('popstate', load);
  }, [spec, syncUrl]);

  const parsed = useMemo(() => parseRawValues(spec, raw), [spec, raw]);
  const valid = parsed.errors.length === 0;
  const values = valid ? parsed.values : lastValid;
  const query = encodeQuery(spec, values);

  useEffect(() => {
    if (!valid) return;
    setLastValid(parsed.values);
    if (syncUrl && urlWith(query) !== `${location.pathname}${location.search}${location.hash}`) {
      history.replaceState(history.state, '', urlWith(query));
    }
  }, [parsed, valid, query, syncUrl]);

  return {
    raw,
    values,
    errors: Object.fromEntries(parsed.errors.map((error) => [error.field, error.message])),
    notices,
    dismissNotices: () => setNotices([]),
    setField: (name, value) => setRaw((previous) => ({ ...previous, [name]: value })),
    applyValues: (next) => {
      const merged = { ...raw, ...next };
      setRaw(merged);
      const result = parseRawValues(spec, merged);
      if (syncUrl && result.errors.length === 0) history.pushState(history.state, '', urlWith(encodeQuery(spec, result.values)));
    },
    query,
  };
}
