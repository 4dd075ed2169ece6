/**
 * "Copy link", "Download JSON" and "Download CSV" for a calculator. The
 * documents are built only when a button is pressed.
 */
import { useState } from 'preact/hooks';
import { downloadFile } from './downloadFile';

export interface ExportButtonsProps {
  /** Absolute link to the current inputs. */
  link: () => string;
  json: () => string;
  csv: () => string;
  /** File name without extension. */
  fileBase: string;
}

const buttonClass = 'rounded border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent';

export function ExportButtons(props: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState('');

  async function copyLink() {
    const link = props.link();
    try {
      await navigator.clipboard.writeText(link);
      setManualLink('');
      setStatus('Link copied.');
    } catch {
      // Clipboard access denied (or absent): show the link to copy by hand.
      setManualLink(link);
      setStatus('Copy the link below.');
    }
  }

  return (
    <div>
      <div class="flex flex-wrap gap-2">
        <button type="button" class={buttonClass} onClick={copyLink}>
          Copy link
        </button>
        <button type="button" class={buttonClass} onClick={() => downloadFile(`${props.fileBase}.json`, props.json(), 'application/json')}>
          Download JSON
        </button>
        <button type="button" class={buttonClass} onClick={() => downloadFile(`${props.fileBase}.csv`, props.csv(), 'text/csv')}>
          Download CSV
        </button>
      </div>
      <p class="mt-1 text-sm text-muted" role="status">
        {status}
      </p>
      {manualLink && (
        <input
          type="text"
          readOnly
          value={manualLink}
          aria-label="Link to these inputs"
          class="mt-1 w-full rounded border border-border bg-bg px-2 py-1 text-sm"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
