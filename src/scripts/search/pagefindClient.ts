/**
 * Loads Pagefind's browser bundle from the built site, once, on first use:
 * nothing here runs until a reader opens search or visits /search/.
 */
import { withBase } from '../../data/urls';
import { rankedTitleField, synonymsField, toolRankedTitleField } from '../../lib/search/indexMarks';
import type { PagefindSearchApi, PagefindSearchOptions } from '../../lib/search/searchResults';

/** The Pagefind JS API (pagefind.app/docs/api/) as this site calls it. */
export interface PagefindModule extends PagefindSearchApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/** Words of context around a match in excerpts (Pagefind's default is 30). */
const excerptWords = 24;

/**
 * How much a match in each metadata field counts against one in body text
 * (ranking.metaWeights: pagefind.app/docs/ranking/, Pagefind 1.6, read
 * 2026-12-04; Pagefind matches every metadata field, `title` at 5 by default).
 * The shown title counts little, so a tool or sample entry that only mentions
 * a word in its name cannot outrank the post about it; the ranked title (real
 * posts, talks, repos and about only) counts most, because readers who half
 * remember a page mostly remember its title; a tool's title counts less than a
 * post's; synonyms count like a heading.
 */
const metaWeights = { title: 1, [rankedTitleField]: 10, [toolRankedTitleField]: 4, [synonymsField]: 5 };

let loading: Promise<PagefindModule> | undefined;

export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    // A runtime URL, not a bundled import: the bundle only exists after `astro build`
    // has indexed the site, and it must come from under the site's base path.
    const module = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as PagefindModule;
    await module.options({
      bundlePath: withBase('/pagefind/'),
      baseUrl: withBase('/'),
      excerptLength: excerptWords,
      ranking: { metaWeights },
    });
    await module.init();
    return module;
  })();
  // A failed load (offline, no index yet) may succeed on the next try.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** What to tell the reader when the index cannot be loaded. */
export function unavailableMessage(): string {
  return import.meta.env.DEV
    ? 'Search needs a built index: run `npm run build` once. The dev server then searches the last build.'
    : 'Search could not load. Check your connection and try again, or browse the posts, tags, talks and repos.';
}
