/** One paste area with file load and drop, the detected format, progress and a located error. */
import type { TargetedDragEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LabelledTextarea } from './CheckedTextarea';

export type SourceStatus =
  | { state: 'empty' }
  | { state: 'parsing'; progress: number }
  | { state: 'ok'; formatName: string; summary: string; warnings: string[] }
  | { state: 'error'; message: string };

export interface SourceFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  status: SourceStatus;
  onInput: (text: string) => void;
  rows?: number;
}

/** Pastes above this size are not echoed into the textarea (it would make typing sluggish). */
const ECHO_LIMIT = 2_000_000;

export function SourceField({ id, label, hint, value, status, onInput, rows = 6 }: SourceFieldProps) {
  const statusId = `${id}-status`;
  // While the reader types or pastes into the field it shows its whole text, so input that arrives in several
  // events (a split paste, assistive input) always adds to it; once they leave, a large input turns read-only.
  const [editing, setEditing] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const large = value.length > ECHO_LIMIT;
  const readOnly = large && !editing && !replacing;
  useEffect(() => {
    if (replacing) document.getElementById(id)?.focus();
  }, [replacing, id]);
  const replaceWith = (text: string) => {
    setReplacing(false);
    onInput(text);
  };
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(replaceWith);
  };
  const onDrop = (event: TargetedDragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    readFile(file);
  };
  const typed = (text: string) => {
    setEditing(true);
    replaceWith(text);
  };
  const size = `${(value.length / 1e6).toFixed(1)} MB`;
  return (
    <div class="mt-4" onFocusOut={() => setEditing(false)}>
      <LabelledTextarea
        id={id}
        label={label}
        labelClass="block font-semibold"
        hint={hint}
        rows={rows}
        value={readOnly || (large && !editing) ? '' : value}
        placeholder={placeholderFor(readOnly, large, size)}
        invalid={status.state === 'error'}
        statusId={statusId}
        onInput={typed}
        readOnly={readOnly}
        onDragOver={(event) => event.preventDefault()}
        onDrop={onDrop}
      />
      <div class="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <label class="cursor-pointer rounded border border-border px-2 py-0.5 focus-within:outline focus-within:outline-2">
          Load a file
          <input type="file" class="sr-only" onChange={(event) => readFile(event.currentTarget.files?.[0])} />
        </label>
        {readOnly && (
          <button type="button" class="rounded border border-border px-2 py-0.5" onClick={() => setReplacing(true)}>
            Replace
          </button>
        )}
        {replacing && (
          <button type="button" class="rounded border border-border px-2 py-0.5" onClick={() => setReplacing(false)}>
            Keep the {size} loaded
          </button>
        )}
        {value !== '' && (
          <button type="button" class="rounded border border-border px-2 py-0.5" onClick={() => replaceWith('')}>
            Clear
          </button>
        )}
        <span id={statusId} role="status" class="min-w-0">
          <SourceStatusText status={status} />
        </span>
      </div>
    </div>
  );
}

function placeholderFor(readOnly: boolean, large: boolean, size: string): string {
  if (readOnly) return `${size} loaded (too large to show here). Replace or Clear it with the buttons below, or drop a file on it.`;
  return large ? `Paste or drop what replaces the ${size} loaded; it stays until you do.` : 'Paste here, or drop a file';
}

function SourceStatusText({ status }: { status: SourceStatus }) {
  switch (status.state) {
    case 'empty':
      return null;
    case 'parsing':
      return (
        <span class="inline-flex items-center gap-2">
          Reading… <progress max={1} value={status.progress} class="w-32" aria-label="Parse progress" />
        </span>
      );
    case 'ok':
      return (
        <span>
          <span class="text-ok">✓</span> {status.formatName}: {status.summary}
          {status.warnings.length > 0 && <span class="text-muted"> ({status.warnings.length} note{status.warnings.length > 1 ? 's' : ''} below the results)</span>}
        </span>
      );
    case 'error':
      return <span class="font-semibold text-danger">Cannot read this: {status.message}</span>;
  }
}
