/** A labelled textarea whose problems, one per line of input, are listed under it and announced. */
import type { ComponentChildren, TargetedDragEvent } from 'preact';

export interface LabelledTextareaProps {
  id: string;
  label: ComponentChildren;
  labelClass: string;
  hint: ComponentChildren;
  rows: number;
  value: string;
  placeholder?: string;
  invalid: boolean;
  /** The id of the element announcing the field's problems or status; the hint is always referenced too. */
  statusId: string;
  onInput: (text: string) => void;
  /** A loaded input too large to show: no keystroke can change it (its Replace and Clear buttons do). */
  readOnly?: boolean;
  onDragOver?: (event: TargetedDragEvent<HTMLTextAreaElement>) => void;
  onDrop?: (event: TargetedDragEvent<HTMLTextAreaElement>) => void;
}

/** The label, hint and textarea every paste or list field of the calculator is made of. */
export function LabelledTextarea({ id, label, labelClass, hint, rows, value, placeholder, invalid, statusId, onInput, readOnly = false, onDragOver, onDrop }: LabelledTextareaProps) {
  const hintId = `${id}-hint`;
  return (
    <>
      <label for={id} class={labelClass}>
        {label}
      </label>
      <p id={hintId} class="text-sm text-muted">
        {hint}
      </p>
      <textarea
        id={id}
        rows={rows}
        spellcheck={false}
        readOnly={readOnly}
        class={`mt-1 block w-full rounded border border-border p-2 font-mono text-xs text-fg ${readOnly ? 'bg-surface' : 'bg-bg'}`}
        value={value}
        placeholder={placeholder}
        aria-invalid={invalid}
        aria-describedby={`${hintId} ${statusId}`}
        onInput={(event) => onInput(event.currentTarget.value)}
        onDragOver={onDragOver}
        onDrop={onDrop}
      />
    </>
  );
}

export interface CheckedTextareaProps extends Pick<LabelledTextareaProps, 'id' | 'label' | 'labelClass' | 'hint' | 'rows' | 'value' | 'onInput'> {
  /** Messages shown under the field; any message marks it invalid. */
  errors: readonly string[];
}

export function CheckedTextarea({ id, label, labelClass, hint, rows, value, errors, onInput }: CheckedTextareaProps) {
  const errorsId = `${id}-errors`;
  return (
    <>
      <LabelledTextarea id={id} label={label} labelClass={labelClass} hint={hint} rows={rows} value={value} invalid={errors.length > 0} statusId={errorsId} onInput={onInput} />
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
