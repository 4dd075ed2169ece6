/**
 * A form generated from a calculator's field spec: one fieldset per group,
 * each field with its label, unit, help and (when invalid) an error message
 * wired through aria-describedby and aria-invalid. Values stay raw strings so
 * what the reader typed is never rewritten under them.
 */
import { useId } from 'preact/hooks';
import { fieldUnit, groupFields, type EnumOption, type FieldSpec } from '../../lib/inputs/fieldSpec';

export interface SchemaFormProps {
  fields: readonly FieldSpec[];
  raw: Readonly<Record<string, string>>;
  /** Error message per field name. */
  errors: Readonly<Record<string, string>>;
  onChange: (name: string, raw: string) => void;
  /** Groups rendered closed inside <details> (advanced settings). */
  collapsedGroups?: readonly string[];
}

const inputClass =
  'w-full rounded border bg-bg px-2 py-1 text-fg aria-[invalid=true]:border-danger border-border';

function optionGroups(options: readonly EnumOption[]) {
  const groups: { group: string | undefined; options: EnumOption[] }[] = [];
  for (const option of options) {
    const last = groups[groups.length - 1];
    if (last && last.group === option.group) last.options.push(option);
    else groups.push({ group: option.group, options: [option] });
  }
  return groups;
}

function FieldControl(props: { field: FieldSpec; id: string; raw: string; error?: string; onChange: SchemaFormProps['onChange'] }) {
  const { field, id, raw, error } = props;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${errorId} ${helpId}` : helpId;
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
  const unit = field.kind === 'number' || field.kind === 'integer' ? fieldUnit(field) : '';
  let control;
  if (field.kind === 'boolean') {
    control = (
      <input
        {...common}
        type="checkbox"
        class="h-4 w-4 accent-accent"
        checked={raw === 'true'}
        onChange={(event) => props.onChange(field.name, String(event.currentTarget.checked))}
      />
    );
  } else if (field.kind === 'enum') {
    control = (
      <select {...common} class={inputClass} value={raw} onChange={(event) => props.onChange(field.name, event.currentTarget.value)}>
        {optionGroups(field.options).map((group) => {
          const options = group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ));
          return group.group ? (
            <optgroup key={group.group} label={group.group}>
              {options}
            </optgroup>
          ) : (
            options
          );
        })}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellcheck={false}
        class={inputClass}
        value={raw}
        placeholder={field.default === undefined ? 'not set' : undefined}
        onInput={(event) => props.onChange(field.name, event.currentTarget.value)}
      />
    );
  }
  return (
    <div class={field.kind === 'boolean' ? 'flex flex-wrap items-start gap-x-2' : ''}>
      {field.kind === 'boolean' && control}
      <label for={id} class="text-sm font-medium">
        {field.label}
        {unit && <span class="font-normal text-muted"> ({unit})</span>}
      </label>
      {field.kind !== 'boolean' && control}
      {error && (
        <p id={errorId} class="mt-1 w-full text-sm text-danger">
          {error}
        </p>
      )}
      <p id={helpId} class="mt-0.5 w-full text-xs text-muted">
        {field.help}
      </p>
    </div>
  );
}

export function SchemaForm(props: SchemaFormProps) {
  const prefix = useId();
  return (
    <div class="space-y-4">
      {groupFields(props.fields).map(({ group, fields }) => {
        const body = (
          <div class="grid gap-3 sm:grid-cols-2">
            {fields.map((field) => (
              <FieldControl
                key={field.name}
                field={field}
                id={`${prefix}-${field.name}`}
                raw={props.raw[field.name] ?? ''}
                error={props.errors[field.name]}
                onChange={props.onChange}
              />
            ))}
          </div>
        );
        const errorCount = fields.filter((field) => props.errors[field.name]).length;
        // Left uncontrolled so the reader's open/closed choice survives re-renders.
        return props.collapsedGroups?.includes(group) ? (
          <details key={group} class="rounded border border-border p-3">
            <summary class="cursor-pointer font-semibold">
              {group}
              {errorCount > 0 && <span class="font-normal text-danger"> ({errorCount} to fix)</span>}
            </summary>
            <div class="mt-3">{body}</div>
          </details>
        ) : (
          <fieldset key={group} class="rounded border border-border p-3">
            <legend class="px-1 font-semibold">{group}</legend>
            {body}
          </fieldset>
        );
      })}
    </div>
  );
}
