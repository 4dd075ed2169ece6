/**
 * Runs searches for one results view (the /search/ page or the header dialog):
 * loads Pagefind on first use, drops answers overtaken by newer keystrokes,
 * renders results ten at a time and says what happened in a live status line.
 */
import { hasSearch, searchStateToQueryString, searchTerm, typingPause, type SearchState } from '../../lib/search/searchState';
import { suggestQuery } from '../../lib/search/suggest';
import { loadHits, matchesQuery, resultSummary, searchSite, type SiteSearch } from '../../lib/search/searchResults';
import { loadPagefind, unavailableMessage } from './pagefindClient';
import { renderHits } from './resultsView';
import { loadVocabulary } from './vocabularyClient';

export interface SearchViewElements {
  /** role="status": announced to screen readers. */
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  /** Shown with the "no results" status: suggestions and links to browse. */
  noResults: HTMLElement;
  /** Shown when nothing matches and a spelling is near: "Did you mean …?" with a link that runs it (data-query). */
  suggestion?: HTMLElement;
}

export interface SearchRunner {
  /** Searches now. */
  run(state: SearchState): Promise<void>;
  /** Searches after a short pause in typing, and starts fetching index chunks at once. */
  runSoon(state: SearchState): void;
  /** Starts loading Pagefind before the first query; says so at once if it cannot load. */
  warmUp(): void;
}

const pageSize = 10;

export function createSearchRunner(view: SearchViewElements, idleText: string): SearchRunner {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: SiteSearch | undefined;
  let shown = 0;
  let lastKeystroke = 0;
  /** The latest gaps between keystrokes, which set how long to wait for the next one. */
  const gaps: number[] = [];

  function setStatus(text: string) {
    if (view.status.textContent !== text) view.status.textContent = text;
  }

  function hideSuggestion() {
    if (view.suggestion) view.suggestion.hidden = true;
  }

  /** Offers the nearest indexed spelling of a query that found nothing. */
  async function suggest(state: SearchState, term: string, mine: number) {
    const box = view.suggestion;
    if (!box) return;
    const vocabulary = await loadVocabulary().catch(() => []);
    const better = suggestQuery(term, vocabulary);
    if (mine !== latest || better === undefined) return;
    const link = Object.assign(document.createElement('a'), {
      href: `${location.pathname}${searchStateToQueryString({ ...state, q: better })}`,
      textContent: better,
    });
    link.dataset.query = better;
    box.replaceChildren('Did you mean ', link, '?');
    box.hidden = false;
  }

  function clear(text: string) {
    hideSuggestion();
    current = undefined;
    shown = 0;
    view.list.replaceChildren();
    view.more.hidden = true;
    view.noResults.hidden = true;
    setStatus(text);
  }

  async function run(state: SearchState): Promise<void> {
    clearTimeout(timer);
    const mine = ++latest;
    if (!hasSearch(state)) {
      clear(idleText);
      return;
    }
    view.list.setAttribute('aria-busy', 'true');
    try {
      const api = await loadPagefind();
      let found = await searchSite(api, state);
      let hits = await loadHits(found.results, 0, pageSize);
      if (mine !== latest) return;
      // Pagefind answers a word it does not know with pages for a prefix of it; that is no match.
      if (found.term !== '' && !hits.some((hit) => matchesQuery(hit, found.term))) {
        found = { ...found, results: [] };
        hits = [];
      }
      current = found;
      shown = hits.length;
      hideSuggestion();
      if (found.results.length === 0 && found.term !== '') void suggest(state, found.term, mine);
      renderHits(view.list, hits);
      view.more.hidden = shown >= found.results.length;
      view.noResults.hidden = found.results.length > 0;
      setStatus(resultSummary(found.results.length, state));
    } catch (error) {
      if (mine !== latest) return;
      console.warn('Search failed:', error);
      clear(unavailableMessage());
    } finally {
      if (mine === latest) view.list.removeAttribute('aria-busy');
    }
  }

  view.more.addEventListener('click', async () => {
    const search = current;
    if (!search) return;
    const mine = latest;
    let hits;
    try {
      hits = await loadHits(search.results, shown, shown + pageSize);
    } catch (error) {
      console.warn('Loading more results failed:', error);
      setStatus(unavailableMessage());
      return;
    }
    if (mine !== latest) return;
    shown += hits.length;
    // Focus the first new result so keyboard readers continue where the list grew.
    renderHits(view.list, hits, true)?.focus();
    view.more.hidden = shown >= search.results.length;
  });

  return {
    run,
    warmUp() {
      loadPagefind().catch(() => {
        if (!current) clear(unavailableMessage());
      });
    },
    runSoon(state) {
      clearTimeout(timer);
      // An answer still on its way is for words the reader has since changed.
      latest += 1;
      const term = searchTerm(state.q);
      if (term !== '') void loadPagefind().then((api) => api.preload(term), () => undefined);
      const now = performance.now();
      gaps.push(now - lastKeystroke);
      if (gaps.length > 4) gaps.shift();
      lastKeystroke = now;
      timer = setTimeout(() => void run(state), typingPause(gaps));
    },
  };
}
