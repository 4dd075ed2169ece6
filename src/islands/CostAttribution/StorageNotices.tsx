/** What the stored inputs need the reader to know: another tab's change to choose from, an input not saved. */
import { conflictText } from '../../lib/kafka/attribution/storedInputs';
import type { StoredScenario } from './storedScenario';

export function StorageNotices({ storage }: { storage: StoredScenario }) {
  return (
    <div role="status" class="text-sm">
      {storage.conflicts.map((key) => (
        <p key={key} class="mt-2 flex flex-wrap items-center gap-2 rounded border border-warn bg-warn-soft p-2 text-fg" data-testid="storage-conflict">
          <span>{conflictText(key)}</span>
          <button type="button" class="rounded border border-border bg-bg px-2 py-0.5" onClick={() => storage.keepMine(key)}>
            Keep yours
          </button>
          <button type="button" class="rounded border border-border bg-bg px-2 py-0.5" onClick={() => storage.loadTheirs(key)}>
            Load theirs
          </button>
        </p>
      ))}
      {storage.problems.map((problem) => (
        <p key={problem.key} class="mt-2 font-semibold text-danger" data-testid="storage-problem">
          {problem.text}
        </p>
      ))}
    </div>
  );
}
