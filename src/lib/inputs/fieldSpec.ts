/**
 * One field-spec definition per calculator drives the form, the URL query,
 * the CLI flags, validation and exports, so those faces cannot drift apart.
 */

/**
 * Where a default value comes from: a short reason, and either a URL with the
 * date it was read or `ref`, the key of an entry in the calculator's own list
 * of sources (which keeps URLs out of the browser bundle; pages resolve it).
 */
export interface DefaultSource {
  label: string;
  url?: string;
  date?: string;
  ref?: string;
}

interface FieldBase<Name extends string> {
  /** kebab-case: the form field id suffix, the URL query parameter and the CLI flag. */
  name: Name;
  label: string;
  help: string;
  /** Form section heading; fields with the same group are shown together. */
  group: string;
  /**
   * Where the default comes from. A calculator with a tight browser budget may
   * keep its sources in a map keyed by field name instead (kafka/sizing/sizingSources.ts).
   */
  source?: DefaultSource;
}

export interface NumberField<Name extends string = string> extends FieldBase<Name> {
  kind: 'number' | 'integer';
  unit: string;
  min: number;
  max: number;
  /** Absent on optional fields: leaving the field empty means "not set". */
  default?: number;
  optional?: boolean;
}

export interface BooleanField<Name extends string = string> extends FieldBase<Name> {
  kind: 'boolean';
  default: boolean;
}

export interface EnumOption<Value extends string = string> {
  value: Value;
  label: string;
  /** Heading of the option group a form shows it under (e.g. a <select>'s optgroup). */
  group?: string;
}

export interface EnumField<Name extends string = string, Value extends string = string>
  extends FieldBase<Name> {
  kind: 'enum';
  options: readonly EnumOption<Value>[];
  default: Value;
}

export type FieldSpec = NumberField | BooleanField | EnumField;

/** The typed value a field holds once validated. */
export type FieldValue<F> = F extends { kind: 'boolean' }
  ? boolean
  : F extends { kind: 'enum'; options: readonly EnumOption<infer V>[] }
    ? V
    : F extends { optional: true }
      ? number | undefined
      : number;

/** The validated values of a whole spec, keyed by kebab-case field name. */
export type FieldValues<Fields extends readonly FieldSpec[]> = {
  [F in Fields[number] as F['name']]: FieldValue<F>;
};

/** A validation problem, tied to the field it concerns. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A calculator's inputs: the fields plus rules that span several fields
 * (e.g. "RF cannot exceed the broker count"), reported against one field.
 */
export interface CalculatorSpec<Fields extends readonly FieldSpec[]> {
  fields: Fields;
  crossChecks?: (values: FieldValues<Fields>) => FieldError[];
}

export function defaultValues<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
): FieldValues<Fields> {
  const values: Record<string, unknown> = {};
  for (const field of spec.fields) values[field.name] = field.default;
  return values as FieldValues<Fields>;
}

/** The string a value takes in a form field, a URL query or a CLI flag. */
export function formatFieldValue(value: unknown): string {
  if (value === undefined) return '';
  return String(value);
}

/** The unit a field is measured in, for labels, help text and exports. */
export function fieldUnit(field: FieldSpec): string {
  if (field.kind === 'boolean') return 'true/false';
  if (field.kind === 'enum') return field.options.map((option) => option.value).join('|');
  return field.unit;
}

/** Fields grouped in first-appearance order, for rendering a form. */
export function groupFields<F extends FieldSpec>(fields: readonly F[]): { group: string; fields: F[] }[] {
  const groups: { group: string; fields: F[] }[] = [];
  for (const field of fields) {
    let entry = groups.find((candidate) => candidate.group === field.group);
    if (!entry) {
      entry = { group: field.group, fields: [] };
      groups.push(entry);
    }
    entry.fields.push(field);
  }
  return groups;
}
