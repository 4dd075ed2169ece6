/**
 * The /search/ page. The search lives in the URL (?q=&type=&tag=&sort=):
 * typing replaces the current history entry, changing a filter or sort or
 * pressing Enter adds one, and Back/Forward bring earlier searches back.
 */
import {
  parseSearchState,
  searchStateToQueryString,
  searchTerm,
  type SearchState,
} from '../../lib/search/searchState';
import { loadPagefind } from './pagefindClient';
import { enableResultKeys } from './resultKeys';
import { createSearchRunner } from './searchRunner';

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Search page: missing #${id}.`);
  return found as T;
}

/** Adds an option, or relabels the one with that value. */
function ensureOption(select: HTMLSelectElement, value: string, label: string): void {
  if (value === '') return;
  const existing = Array.from(select.options).find((option) => option.value === value);
  if (existing) existing.text = label;
  else select.add(new Option(label, value));
}

export function startSearchPage(): void {
  byId('search-needs-js').hidden = true;
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-page-input');
  const type = byId<HTMLSelectElement>('search-type');
  const tag = byId<HTMLSelectElement>('search-tag');
  const sort = byId<HTMLSelectElement>('search-sort');
  const notices = byId<HTMLUListElement>('search-notices');
  const list = byId<HTMLOListElement>('search-results');
  const suggestion = byId('search-suggestion');
  const runner = createSearchRunner(
    {
      status: byId('search-status'),
      list,
      more: byId<HTMLButtonElement>('search-more'),
      noResults: byId('search-empty'),
      suggestion,
    },
    'Type a word to search posts, talks, repos and tools, or pick a type or tag to browse.',
  );
  const baseTitle = document.title;

  const stateOfForm = (): SearchState => ({
    ...parseSearchState(new URLSearchParams({ type: type.value, tag: tag.value, sort: sort.value })).state,
    q: input.value,
  });

  function showNotices(texts: string[]) {
    notices.replaceChildren(...texts.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  }

  function applyToForm(state: SearchState) {
    input.value = state.q;
    type.value = state.type;
    ensureOption(tag, state.tag, `#${state.tag}`);
    tag.value = state.tag;
    sort.value = state.sort;
  }

  function record(state: SearchState, mode: 'push' | 'replace') {
    const url = `${location.pathname}${searchStateToQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    const term = searchTerm(state.q);
    document.title = term === '' ? baseTitle : `“${term}”: ${baseTitle}`;
  }

  function fromUrl() {
    const { state, notices: problems } = parseSearchState(location.search);
    showNotices(problems);
    applyToForm(state);
    record(state, 'replace');
    void runner.run(state);
  }

  input.addEventListener('input', () => {
    const state = stateOfForm();
    showNotices([]);
    record(state, 'replace');
    runner.runSoon(state);
  });
  for (const select of [type, tag, sort]) {
    select.addEventListener('change', () => {
      const state = stateOfForm();
      showNotices([]);
      record(state, 'push');
      void runner.run(state);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateOfForm();
    record(state, 'push');
    void runner.run(state);
  });
  // "Did you mean …?" runs in place, like a search typed by hand, and leaves the reader in the input.
  suggestion.addEventListener('click', (event) => {
    const query = event.target instanceof HTMLAnchorElement ? event.target.dataset.query : undefined;
    if (query === undefined) return;
    event.preventDefault();
    const state = { ...stateOfForm(), q: query };
    applyToForm(state);
    record(state, 'push');
    input.focus();
    void runner.run(state);
  });
  window.addEventListener('popstate', fromUrl);
  enableResultKeys(input, list);

  fromUrl();
  input.focus();

  // The tags in the index, with how many pages carry each.
  loadPagefind()
    .then((api) => api.filters())
    .then((filters) => {
      const counts = filters.tag ?? {};
      const chosen = tag.value;
      for (const name of Object.keys(counts).sort()) ensureOption(tag, name, `#${name} (${counts[name]})`);
      tag.value = chosen;
    })
    .catch(() => undefined);
}
