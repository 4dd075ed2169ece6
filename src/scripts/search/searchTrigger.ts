/**
 * On every page: the header search button and the `/` and Ctrl/Cmd+K
 * shortcuts. Only this small script loads with a page; the dialog code,
 * Pagefind and its index load when search is first opened.
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
  import('./searchDialog').then(
    ({ openSearchDialog }) => openSearchDialog(),
    () => window.location.assign(fallbackUrl),
  );
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
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingIn(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    openSearch(fallbackUrl);
  });
}
