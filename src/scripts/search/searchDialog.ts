/**
 * The header's search dialog. Loaded on first open only (see searchTrigger.ts).
 * A native modal <dialog>: the rest of the page is inert while it is open,
 * Esc closes it, and focus returns to whatever had it before.
 */
import { emptySearchState, searchStateToQueryString, type SearchState } from '../../lib/search/searchState';
import { withBase } from '../../data/urls';
import { enableResultKeys } from './resultKeys';
import { createSearchRunner, type SearchRunner } from './searchRunner';

interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  runner: SearchRunner;
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

  input.addEventListener('input', () => {
    fullSearch.href = withBase(`/search/${searchStateToQueryString(stateNow())}`);
    runner.runSoon(stateNow());
  });
  // Enter in the input opens the best match for what is typed now, not for a stale query.
  input.addEventListener('keydown', async (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    await runner.run(stateNow());
    list.querySelector<HTMLAnchorElement>('a')?.click();
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
  return { dialog, input, runner };
}

export function openSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog) return;
  parts ??= setUp(dialog);
  if (!dialog.open) {
    returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
  }
  parts.input.focus();
  parts.input.select();
  void parts.runner.run({ ...emptySearchState, q: parts.input.value });
}
