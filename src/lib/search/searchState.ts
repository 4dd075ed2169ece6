/**
 * What a search is, as it lives in the URL of /search/: `?q=partitions&type=talk&tag=kafka&sort=date`.
 * Parsing never throws: an unknown value is dropped and reported as a notice the page can show.
 */

/** The kinds of page in the index; each indexed page carries exactly one as its `type` filter. */
export const searchTypes = ['post', 'talk', 'repo', 'tool', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchSorts = ['relevance', 'date'] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface SearchState {
  /** The query as the reader typed it (shown back in the input unchanged). */
  q: string;
  /** '' means every type. */
  type: SearchType | '';
  /** A tag slug, '' means every tag. */
  tag: string;
  sort: SearchSort;
}

export const emptySearchState: SearchState = { q: '', type: '', tag: '', sort: 'relevance' };

/**
 * Longest query sent to Pagefind. Nobody types more to find a page; longer input
 * only makes Pagefind look up more words, so the rest is dropped.
 */
export const maxQueryLength = 200;

/**
 * Longest pause after the last keystroke before searching: long enough to skip
 * the half-typed words in between, short enough to feel immediate. A reader
 * who types faster gets a shorter pause (typingPause).
 */
export const typingPauseMs = 100;
/** Shortest pause, however fast the typing: below it every keystroke would search. */
export const shortestTypingPauseMs = 30;
/** Gaps between keystrokes longer than this are a reader thinking, not typing speed. */
const typingGapMs = 400;

/**
 * The pause before searching, from the reader's recent gaps between
 * keystrokes: a fifth longer than their typical gap, so the search starts as
 * soon as they stop, within shortestTypingPauseMs and typingPauseMs.
 */
export function typingPause(recentGapsMs: readonly number[]): number {
  const gaps = recentGapsMs.filter((gap) => gap > 0 && gap <= typingGapMs).sort((a, b) => a - b);
  if (gaps.length === 0) return typingPauseMs;
  const typical = gaps[Math.floor(gaps.length / 2)] as number;
  return Math.round(Math.min(typingPauseMs, Math.max(shortestTypingPauseMs, typical * 1.2)));
}

/** Tags are lower-case kebab-case slugs (the same rule as src/content.config.ts). */
const tagPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ParsedSearchState {
  state: SearchState;
  /** Plain-text explanations of URL parameters that were ignored. */
  notices: string[];
}

function isSearchType(value: string): value is SearchType {
  return (searchTypes as readonly string[]).includes(value);
}

function isSearchSort(value: string): value is SearchSort {
  return (searchSorts as readonly string[]).includes(value);
}

/** Quotes a value for a notice, cut short so a huge parameter cannot flood the page. */
function quoted(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${shown}”`;
}

/** Reads the search state from a query string ("?q=..." or "q=...") or URLSearchParams. */
export function parseSearchState(query: string | URLSearchParams): ParsedSearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notices: string[] = [];
  const state: SearchState = { ...emptySearchState, q: params.get('q') ?? '' };

  const type = (params.get('type') ?? '').trim();
  if (isSearchType(type)) state.type = type;
  else if (type !== '') notices.push(`Unknown type ${quoted(type)} in the address: showing every type.`);

  const tag = (params.get('tag') ?? '').trim().toLowerCase();
  if (tagPattern.test(tag)) state.tag = tag;
  else if (tag !== '') notices.push(`${quoted(tag)} in the address is not a tag: showing every tag.`);

  const sort = (params.get('sort') ?? '').trim();
  if (isSearchSort(sort)) state.sort = sort;
  else if (sort !== '') notices.push(`Unknown sort ${quoted(sort)} in the address: sorting by relevance.`);

  return { state, notices };
}

/** The query string for a state, without defaults, so shared links stay short: "?q=kafka&type=talk". */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  // A query of only spaces searches nothing, so it is not worth sharing.
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.type !== '') params.set('type', state.type);
  if (state.tag !== '') params.set('tag', state.tag);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The words actually searched for: control characters removed, runs of white
 * space collapsed, trimmed, and cut to `maxQueryLength` without splitting a
 * character made of two UTF-16 units (emoji).
 */
export function searchTerm(q: string): string {
  const cleaned = q.normalize('NFC').replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(cleaned);
  return characters.length <= maxQueryLength ? cleaned : characters.slice(0, maxQueryLength).join('').trim();
}

/** True when there is something to search: words, or a filter to browse by. */
export function hasSearch(state: SearchState): boolean {
  return searchTerm(state.q) !== '' || state.type !== '' || state.tag !== '';
}

/** The Pagefind filters for a state: `{ type: 'talk', tag: 'kafka' }`, only those set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type !== '') filters.type = state.type;
  if (state.tag !== '') filters.tag = state.tag;
  return filters;
}
