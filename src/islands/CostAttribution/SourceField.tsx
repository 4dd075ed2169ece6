/** One paste area with file load and drop, the detected format, progress and a located error. */
import type { TargetedDragEvent } from 'preact';
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
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(onInput);
  };
  const onDrop = (event: TargetedDragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    readFile(file);
  };
  const large = value.length > ECHO_LIMIT;
  return (
    <div class="mt-4">
      <LabelledTextarea
        id={id}
        label={label}
        labelClass="block font-semibold"
        hint={hint}
        rows={rows}
        value={large ? '' : value}
        placeholder={large ? `${(value.length / 1e6).toFixed(1)} MB loaded from a file (too large to show; paste here to replace it)` : 'Paste here, or drop a file'}
        invalid={status.state === 'error'}
        statusId={statusId}
        onInput={onInput}
        onDragOver={(event) => event.preventDefault()}
        onDrop={onDrop}
      />
      <div class="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <label class="cursor-pointer rounded border border-border px-2 py-0.5 focus-within:outline focus-within:outline-2">
          Load a file
          <input type="file" class="sr-only" onChange={(event) => readFile(event.currentTarget.files?.[0])} />
        </label>
        {value !== '' && (
          <button type="button" class="rounded border border-border px-2 py-0.5" onClick={() => onInput('')}>
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
