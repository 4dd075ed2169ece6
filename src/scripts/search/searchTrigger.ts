/**
 * On every page: the header search button and the `/` and Ctrl/Cmd+K
 * shortcuts. Only this small script loads with a page; the dialog's search
 * code, Pagefind and its index load when the reader points at or focuses the
 * search button, or opens search.
 */
function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function openSearch(fallbackUrl: string): void {
  // On /search/ itself the page's own input is the search.
  const pageInput = document.querySelector<HTMLInputElement>('#search-page-input');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!dialog || !input) {
    window.location.assign(fallbackUrl);
    return;
  }
  // Open at once, so keys typed while the search code loads land in the input.
  const returnFocusTo = dialog.open || !(document.activeElement instanceof HTMLElement) ? null : document.activeElement;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  import('./searchDialog').then(
    ({ searchDialogOpened }) => searchDialogOpened(dialog, returnFocusTo),
    () => {
      dialog.close();
      window.location.assign(fallbackUrl);
    },
  );
}

/** Starts loading the dialog code, Pagefind and its index when the reader points at or tabs to search. */
function warmSearch(): void {
  import('./pagefindClient').then(({ loadPagefind }) => loadPagefind()).catch(() => undefined);
  import('./searchDialog').catch(() => undefined);
}

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
if (button) {
  const fallbackUrl = button.dataset.searchPage ?? '/search/';
  // Apple keyboards say ⌘ where others say Ctrl.
  if (/Mac|iPhone|iPad/.test(navigator.platform)) {
    const hint = button.querySelector('[data-search-mod]');
    if (hint) hint.textContent = '⌘';
  }
  button.addEventListener('click', () => openSearch(fallbackUrl));
  button.addEventListener('pointerenter', warmSearch, { once: true });
  button.addEventListener('focus', warmSearch, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingIn(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    openSearch(fallbackUrl);
  });
}
