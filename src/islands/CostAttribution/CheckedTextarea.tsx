/** A labelled textarea whose problems, one per line of input, are listed under it and announced. */
import type { ComponentChildren } from 'preact';

export interface CheckedTextareaProps {
  id: string;
  label: ComponentChildren;
  labelClass: string;
  hint: ComponentChildren;
  rows: number;
  value: string;
  /** Messages shown under the field; any message marks it invalid. */
  errors: readonly string[];
  onInput: (text: string) => void;
}

export function CheckedTextarea({ id, label, labelClass, hint, rows, value, errors, onInput }: CheckedTextareaProps) {
  const errorsId = `${id}-errors`;
  return (
    <>
      <label for={id} class={labelClass}>
        {label}
      </label>
      <p id={`${id}-hint`} class="text-sm text-muted">
        {hint}
      </p>
      <textarea
        id={id}
        rows={rows}
        spellcheck={false}
        class="mt-1 block w-full rounded border border-border bg-bg p-2 font-mono text-xs text-fg"
        value={value}
        aria-invalid={errors.length > 0}
        aria-describedby={`${id}-hint ${errorsId}`}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <div id={errorsId} role="status">
        {errors.length > 0 && (
          <ul class="mt-1 text-sm font-semibold text-danger">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
