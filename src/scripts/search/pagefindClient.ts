/**
 * Loads Pagefind's browser bundle from the built site, once, on first use:
 * nothing here runs until a reader opens search or visits /search/.
 */
import { withBase } from '../../data/urls';
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
 * How much a match in a page's title counts against one in its text. Readers
 * who half remember a post mostly remember words of its title, so this doubles
 * Pagefind's default of 5 (pagefind.app/docs/metadata/, Pagefind 1.6, read 24 Nov 2026).
 */
const titleWeight = 10;

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
      ranking: { metaWeights: { title: titleWeight } },
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
