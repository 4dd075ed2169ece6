/**
 * The header's search dialog, wired up on first open (searchTrigger.ts opens
 * it). A native modal <dialog>: the rest of the page is inert while it is
 * open, Esc closes it, and focus returns to whatever had it before.
 */
import { emptySearchState, searchStateToQueryString, type SearchState } from '../../lib/search/searchState';
import { withBase } from '../../data/urls';
import { enableResultKeys } from './resultKeys';
import { createSearchRunner, type SearchRunner } from './searchRunner';

interface DialogParts {
  input: HTMLInputElement;
  runner: SearchRunner;
  stateNow(): SearchState;
}

let parts: DialogParts | undefined;
let returnFocusTo: HTMLElement | null = null;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search dialog: missing ${selector} in the header markup.`);
  return found;
}

function setUp(dialog: HTMLDialogElement): DialogParts {
  const input = required<HTMLInputElement>(dialog, '[data-search-input]');
  const list = required<HTMLElement>(dialog, '[data-search-results]');
  const fullSearch = required<HTMLAnchorElement>(dialog, '[data-search-full]');
  const runner = createSearchRunner(
    {
      status: required(dialog, '[data-search-status]'),
      list,
      more: required(dialog, '[data-search-more]'),
      noResults: required(dialog, '[data-search-empty]'),
    },
    'Type to search posts, talks, repos and tools.',
  );
  const stateNow = (): SearchState => ({ ...emptySearchState, q: input.value });
  const syncFullSearchLink = () => {
    fullSearch.href = withBase(`/search/${searchStateToQueryString(stateNow())}`);
  };

  input.addEventListener('input', () => {
    syncFullSearchLink();
    runner.runSoon(stateNow());
  });
  input.addEventListener('keydown', async (event) => {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      // A search field's own Esc would only clear the text; here Esc closes, as promised.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter') {
      // Opens the best match for what is typed now, not for a stale query.
      event.preventDefault();
      await runner.run(stateNow());
      list.querySelector<HTMLAnchorElement>('a')?.click();
    }
  });
  enableResultKeys(input, list);

  required<HTMLButtonElement>(dialog, '[data-search-close]').addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Following a result closes the dialog, so a same-page #section link shows its target.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  dialog.addEventListener('close', () => {
    returnFocusTo?.focus();
    returnFocusTo = null;
  });
  syncFullSearchLink();
  return { input, runner, stateNow };
}

/** Called each time the trigger opens the dialog: searches whatever is already typed. */
export function searchDialogOpened(dialog: HTMLDialogElement, openedFrom: HTMLElement | null): void {
  parts ??= setUp(dialog);
  if (openedFrom) returnFocusTo = openedFrom;
  parts.runner.warmUp();
  void parts.runner.run(parts.stateNow());
}
