import { describe, expect, it } from 'vitest';
import {
  emptySearchState,
  hasSearch,
  maxQueryLength,
  pagefindFilters,
  parseSearchState,
  searchStateToQueryString,
  searchTerm,
  shortestTypingPauseMs,
  typingPause,
  typingPauseMs,
} from './searchState';

describe('parseSearchState', () => {
  it('reads every parameter of a shared link', () => {
    expect(parseSearchState('?q=partitions&type=talk&tag=kafka&sort=date')).toEqual({
      state: { q: 'partitions', type: 'talk', tag: 'kafka', sort: 'date' },
      notices: [],
    });
  });

  it('defaults to an empty search sorted by relevance', () => {
    expect(parseSearchState('')).toEqual({ state: emptySearchState, notices: [] });
  });

  it('keeps the query exactly as typed, decoded from the URL', () => {
    expect(parseSearchState('q=%3Cscript%3E+%22x%22').state.q).toBe('<script> "x"');
  });

  it('drops an unknown type, tag or sort and says which', () => {
    const { state, notices } = parseSearchState('?q=a&type=video&tag=Not%20A%20Tag&sort=popular');
    expect(state).toEqual({ q: 'a', type: '', tag: '', sort: 'relevance' });
    expect(notices).toEqual([
      'Unknown type “video” in the address: showing every type.',
      '“not a tag” in the address is not a tag: showing every tag.',
      'Unknown sort “popular” in the address: sorting by relevance.',
    ]);
  });

  it('shortens a huge bad value in its notice', () => {
    const { notices } = parseSearchState(`type=${'x'.repeat(500)}`);
    expect(notices[0]).toBe(`Unknown type “${'x'.repeat(40)}…” in the address: showing every type.`);
  });

  it('accepts URLSearchParams', () => {
    expect(parseSearchState(new URLSearchParams({ tag: 'cost-attribution' })).state.tag).toBe('cost-attribution');
  });
});

describe('searchStateToQueryString', () => {
  it('writes only what differs from the defaults', () => {
    expect(searchStateToQueryString({ q: 'partitions', type: 'talk', tag: '', sort: 'relevance' })).toBe('?q=partitions&type=talk');
    expect(searchStateToQueryString(emptySearchState)).toBe('');
    expect(searchStateToQueryString({ ...emptySearchState, q: '   ' })).toBe('');
  });

  it('round-trips odd input through the URL', () => {
    const state = { q: '<script>alert("x")</script> & 🦀', type: 'post' as const, tag: 'kafka', sort: 'date' as const };
    expect(parseSearchState(searchStateToQueryString(state)).state).toEqual(state);
  });
});

describe('searchTerm', () => {
  it('collapses white space and trims', () => {
    expect(searchTerm('  kafka \t  partitions \n')).toBe('kafka partitions');
  });

  it('turns a query of only spaces into nothing to search', () => {
    expect(searchTerm('     ')).toBe('');
  });

  it('removes control characters', () => {
    expect(searchTerm('kafka\u0000\u0007lag')).toBe('kafka lag');
  });

  it(`cuts at ${maxQueryLength} characters without splitting an emoji`, () => {
    const emoji = '🦀'.repeat(300);
    const term = searchTerm(emoji);
    expect(Array.from(term)).toHaveLength(maxQueryLength);
    expect(term).toBe('🦀'.repeat(maxQueryLength));
    expect(searchTerm('a'.repeat(500))).toHaveLength(200);
  });
});

describe('hasSearch and pagefindFilters', () => {
  it('searches when there are words or a filter to browse by', () => {
    expect(hasSearch(emptySearchState)).toBe(false);
    expect(hasSearch({ ...emptySearchState, q: '   ' })).toBe(false);
    expect(hasSearch({ ...emptySearchState, q: 'lag' })).toBe(true);
    expect(hasSearch({ ...emptySearchState, type: 'repo' })).toBe(true);
    expect(hasSearch({ ...emptySearchState, tag: 'kafka' })).toBe(true);
  });

  it('passes only the filters that are set', () => {
    expect(pagefindFilters(emptySearchState)).toEqual({});
    expect(pagefindFilters({ ...emptySearchState, type: 'talk', tag: 'kafka' })).toEqual({ type: 'talk', tag: 'kafka' });
  });
});

describe('typingPause', () => {
  it('waits the longest pause before the reader has shown a typing speed', () => {
    expect(typingPause([])).toBe(typingPauseMs);
    expect(typingPause([2000, 900])).toBe(typingPauseMs);
  });

  it('waits a fifth longer than the typical gap between keystrokes', () => {
    expect(typingPause([40, 45, 38, 900])).toBe(48);
    expect(typingPause([60, 70, 65])).toBe(78);
  });

  it('stays between the shortest and the longest pause', () => {
    expect(typingPause([5, 8, 10])).toBe(shortestTypingPauseMs);
    expect(typingPause([200, 250])).toBe(typingPauseMs);
    expect(typingPause([300, 350])).toBe(typingPauseMs);
  });
});
