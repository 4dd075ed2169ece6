/**
 * A calculator's inputs as raw strings, validated on every change, and
 * optionally kept in the page URL. The URL is read once the island has
 * hydrated and on popstate (so the back button works), and written only when
 * the user changes something: replaceState while typing (no history spam),
 * pushState for discrete jumps such as presets. What is written is what the
 * form holds, still-invalid values included (formQuery.ts), so a link with an
 * error keeps its parameters and a reload loses nothing the user typed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultValues, formatFieldValue, type CalculatorSpec, type FieldSpec, type FieldValues } from '../../lib/inputs/fieldSpec';
import { encodeFormQuery } from '../../lib/inputs/formQuery';
import { decodeQuery } from '../../lib/inputs/queryString';
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
  /** Query string (without "?") of the form as it is, invalid values included, so a shared link loses nothing. */
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
  // The latest raw values, ahead of the render when several changes come in one event.
  const latestRaw = useRef(raw);
  // Nothing is written to the URL before it has been read.
  const urlRead = useRef(false);
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
      const next = { ...rawDefaults(spec), ...decoded.raw };
      latestRaw.current = next;
      setRaw(next);
      setNotices(decoded.notices);
      urlRead.current = true;
    };
    load();
    addEventListener('popstate', load);
    return () => removeEventListener('popstate', load);
  }, [spec, syncUrl]);

  const parsed = useMemo(() => parseRawValues(spec, raw), [spec, raw]);
  const valid = parsed.errors.length === 0;
  const values = valid ? parsed.values : lastValid;
  const query = encodeFormQuery(spec, raw);

  useEffect(() => {
    if (valid) setLastValid(parsed.values);
  }, [parsed, valid]);

  /** A change the user made: into the form, then into the URL as the form now holds it. */
  const change = (next: Record<string, string>, entry: 'replace' | 'push') => {
    latestRaw.current = next;
    setRaw(next);
    if (!syncUrl || !urlRead.current) return;
    const url = urlWith(encodeFormQuery(spec, next));
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (entry === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  };

  return {
    raw,
    values,
    errors: Object.fromEntries(parsed.errors.map((error) => [error.field, error.message])),
    notices,
    dismissNotices: () => setNotices([]),
    setField: (name, value) => change({ ...latestRaw.current, [name]: value }, 'replace'),
    applyValues: (next) => change({ ...latestRaw.current, ...next }, 'push'),
    query,
  };
}
