/**
 * Turns Pagefind's result data into what the results list shows, and runs a
 * search through an injected Pagefind API so the logic is testable without a browser.
 */
import { formatDate } from '../content/formatDate';
import { sampleFilter } from './indexMarks';
import { hasSearch, pagefindFilters, searchTerm, searchTypes, type SearchState, type SearchType } from './searchState';
import { decodeEntities } from './htmlEntities';

/** The part of Pagefind's result data (pagefind.app/docs/api/, Pagefind 1.6) the results list reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
}

/** The Pagefind JS API calls the search UI makes; the real module and test fakes both satisfy it. */
export interface PagefindSearchApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** One run of text in an excerpt; `marked` runs matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

export interface SearchHitSection {
  title: string;
  url: string;
  excerpt: ExcerptSegment[];
}

export interface SearchHit {
  url: string;
  title: string;
  type: SearchType | undefined;
  /** "Post", "Talk", ...; '' when the page carries no type. */
  typeLabel: string;
  /** YYYY-MM-DD, or '' for undated pages (about, tools). */
  date: string;
  /** "3 Mar 2025", or ''. */
  dateLabel: string;
  /** Tag slugs, sorted. */
  tags: string[];
  excerpt: ExcerptSegment[];
  /** Matching sections deeper in the page (links with #anchor). */
  sections: SearchHitSection[];
}

export const typeLabels: Record<SearchType, string> = {
  post: 'Post',
  talk: 'Talk',
  repo: 'Repo',
  tool: 'Tool',
  page: 'Page',
};

/** At most this many section links under a result: enough to jump, short enough to scan. */
export const maxSectionsPerHit = 3;

/**
 * Splits Pagefind's excerpt HTML (entity-encoded text with `<mark>` around
 * matches) into plain text runs, so the page renders them as text nodes and
 * never parses HTML. Any other tag is dropped rather than trusted.
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text === '') continue;
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}

const plainText = (segments: ExcerptSegment[]) => segments.map((segment) => segment.text).join('');

function isSearchType(value: string | undefined): value is SearchType {
  return (searchTypes as readonly (string | undefined)[]).includes(value);
}

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The list entry for one Pagefind result. */
export function shapeHit(data: PagefindResultData): SearchHit {
  const type = isSearchType(data.meta.type) ? data.meta.type : undefined;
  const date = data.meta.date && isoDayPattern.test(data.meta.date) ? data.meta.date : '';
  const parsedDate = date === '' ? undefined : new Date(`${date}T00:00:00Z`);
  const excerpt = excerptSegments(data.excerpt);
  const excerptText = plainText(excerpt);
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.anchor !== undefined && sub.url.includes('#'))
    .slice(0, maxSectionsPerHit)
    .map((sub) => {
      const sectionExcerpt = excerptSegments(sub.excerpt);
      // The page's excerpt often is the best section's excerpt: show those words once.
      return { title: sub.title, url: sub.url, excerpt: plainText(sectionExcerpt) === excerptText ? [] : sectionExcerpt };
    });
  return {
    url: data.url,
    title: data.meta.title?.trim() || data.url,
    type,
    typeLabel: type ? typeLabels[type] : '',
    date,
    dateLabel: parsedDate && !Number.isNaN(parsedDate.getTime()) ? formatDate(parsedDate) : '',
    tags: [...(data.filters?.tag ?? [])].sort(),
    excerpt,
    sections,
  };
}

/**
 * Result order for "newest first". Pagefind leaves pages without the sort key
 * (about, tool pages) out of a sorted search, so they follow the dated pages in
 * their relevance order instead of disappearing.
 */
export function newestFirstOrder<T extends { id: string }>(dated: readonly T[], byRelevance: readonly T[]): T[] {
  const seen = new Set(dated.map((result) => result.id));
  return [...dated, ...byRelevance.filter((result) => !seen.has(result.id))];
}

/**
 * Relevance order with sample entries after every real page, each group in
 * Pagefind's order: a weight only lowers a sample's score, and a short real
 * page that merely mentions a word could still fall below it.
 */
export function samplesLast<T extends { id: string }>(byRelevance: readonly T[], samples: readonly T[]): T[] {
  const sampleIds = new Set(samples.map((result) => result.id));
  const isSample = (result: T) => sampleIds.has(result.id);
  return [...byRelevance.filter((result) => !isSample(result)), ...byRelevance.filter(isSample)];
}

export interface SiteSearch {
  /** Every matching result, in display order; load each with `loadHits`. */
  results: PagefindResult[];
  /** The words searched for, after clean-up ('' when browsing by filter). */
  term: string;
}

/** Runs the search a state describes; an empty result when there is nothing to search. */
export async function searchSite(api: PagefindSearchApi, state: SearchState): Promise<SiteSearch> {
  const term = searchTerm(state.q);
  if (!hasSearch(state)) return { results: [], term };
  const filters = pagefindFilters(state);
  // An empty term with filters browses everything that matches them.
  const query = term === '' ? null : term;
  if (state.sort === 'relevance') {
    const [byRelevance, samples] = await Promise.all([
      api.search(query, { filters }),
      api.search(query, { filters: { ...filters, ...sampleFilter } }),
    ]);
    return { results: samplesLast(byRelevance.results, samples.results), term };
  }
  const byRelevance = await api.search(query, { filters });
  const dated = await api.search(query, { filters, sort: { date: 'desc' } });
  return { results: newestFirstOrder(dated.results, byRelevance.results), term };
}

/** Loads and shapes results `from` (inclusive) to `to` (exclusive). */
export async function loadHits(results: readonly PagefindResult[], from: number, to: number): Promise<SearchHit[]> {
  const data = await Promise.all(results.slice(from, to).map((result) => result.data()));
  return data.map(shapeHit);
}

/** What the status line says after a search, as plain text. */
export function resultSummary(count: number, state: SearchState): string {
  const term = searchTerm(state.q);
  const scope = [state.type ? `${typeLabels[state.type].toLowerCase()}s` : '', state.tag ? `tagged #${state.tag}` : '']
    .filter(Boolean)
    .join(' ');
  const what = term === '' ? '' : ` for “${term}”`;
  const among = scope === '' ? '' : ` among ${scope}`;
  if (count === 0) return `No results${what}${among}.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${among}.`;
}

/** Letters a highlighted word must share with a query word (fewer if the query word is shorter). */
const sharedPrefixForMatch = 4;

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * True when Pagefind found the query's words rather than a stand-in. When a
 * word is not in the index at all, Pagefind searches for its longest prefix
 * that is ("qzxv" becomes "q"), which turns a query that matches nothing into
 * a list of unrelated pages. A hit counts as a match when one of its
 * highlighted words starts like one of the query's words; a hit with no
 * highlight (a match in the title alone) is given the benefit of the doubt.
 */
export function matchesQuery(hit: SearchHit, term: string): boolean {
  const queryWords = wordsOf(term);
  const marked = [hit.excerpt, ...hit.sections.map((section) => section.excerpt)]
    .flat()
    .filter((segment) => segment.marked)
    .flatMap((segment) => wordsOf(segment.text));
  if (queryWords.length === 0 || marked.length === 0) return true;
  return marked.some((word) =>
    queryWords.some((query) => sharedPrefixLength(word, query) >= Math.min(query.length, sharedPrefixForMatch)),
  );
}
